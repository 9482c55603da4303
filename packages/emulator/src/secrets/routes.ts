import type { Route } from "../http/router.js";
import { batchRoutes } from "./batch-routes.js";
import { v3, v4 } from "./flavors.js";
import { readRoutes } from "./read-routes.js";
import { writeRoutes } from "./write-routes.js";

// Batch paths come first so that "batch" is never taken for a secret name.
export const secretRoutes: Route[] = [
  ...batchRoutes(v4, "/api/v4/secrets/batch"),
  ...readRoutes(v4, "/api/v4/secrets"),
  ...writeRoutes(v4, "/api/v4/secrets"),
  ...batchRoutes(v3, "/api/v3/secrets/batch/raw"),
  ...readRoutes(v3, "/api/v3/secrets/raw"),
  ...writeRoutes(v3, "/api/v3/secrets/raw"),
];
