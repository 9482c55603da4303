import type { Route } from "../../http/router.js";
import { alibabaLoginRoutes } from "./alibaba-routes.js";
import { awsLoginRoutes } from "./aws-routes.js";
import { jwtLoginRoutes } from "./jwt-routes.js";
import { ldapLoginRoutes } from "./ldap-routes.js";
import { ociLoginRoutes } from "./oci-routes.js";

/** Every machine-identity login route besides universal auth. */
export const machineLoginRoutes: Route[] = [
  ...awsLoginRoutes,
  ...jwtLoginRoutes,
  ...ldapLoginRoutes,
  ...ociLoginRoutes,
  ...alibabaLoginRoutes,
];
