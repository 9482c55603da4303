import { authRoutes } from "./auth/routes";
import { dynamicSecretRoutes } from "./dynamic-secrets/routes";
import { folderRoutes } from "./folders/routes";
import type { Route } from "./http/router";
import { importRoutes } from "./imports/routes";
import { kmsRoutes } from "./kms/routes";
import { projectRoutes } from "./projects/routes";
import { secretRoutes } from "./secrets/routes";
import { secretVersionRoutes } from "./secrets/version-routes";
import { tagRoutes } from "./tags/routes";

/** Every emulated Infisical API route. */
export const apiRoutes: Route[] = [
  ...authRoutes,
  ...projectRoutes,
  ...secretRoutes,
  ...secretVersionRoutes,
  ...folderRoutes,
  ...importRoutes,
  ...tagRoutes,
  ...dynamicSecretRoutes,
  ...kmsRoutes,
];
