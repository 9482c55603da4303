import type { Route } from "../../http/router";
import { alibabaLoginRoutes } from "./alibaba-routes";
import { awsLoginRoutes } from "./aws-routes";
import { jwtLoginRoutes } from "./jwt-routes";
import { ldapLoginRoutes } from "./ldap-routes";
import { ociLoginRoutes } from "./oci-routes";

/** Every machine-identity login route besides universal auth. */
export const machineLoginRoutes: Route[] = [
  ...awsLoginRoutes,
  ...jwtLoginRoutes,
  ...ldapLoginRoutes,
  ...ociLoginRoutes,
  ...alibabaLoginRoutes,
];
