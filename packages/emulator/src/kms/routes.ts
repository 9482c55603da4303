import type { Route } from "../http/router.js";
import { dataRoutes } from "./data-routes.js";
import { keyRoutes } from "./key-routes.js";
import { signingRoutes } from "./signing-routes.js";

/** KMS (`/api/v1/kms/keys`): keys, encrypt/decrypt (AES-GCM), sign/verify (RSA, ECDSA). */
export const kmsRoutes: Route[] = [...keyRoutes, ...dataRoutes, ...signingRoutes];
