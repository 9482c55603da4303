import { authRoutes } from "./auth/routes.js";
import { dynamicSecretRoutes } from "./dynamic-secrets/routes.js";
import { folderRoutes } from "./folders/routes.js";
import type { Route } from "./http/router.js";
import { importRoutes } from "./imports/routes.js";
import { kmsRoutes } from "./kms/routes.js";
import { projectRoutes } from "./projects/routes.js";
import { secretRoutes } from "./secrets/routes.js";
import { secretVersionRoutes } from "./secrets/version-routes.js";
import { tagRoutes } from "./tags/routes.js";

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
