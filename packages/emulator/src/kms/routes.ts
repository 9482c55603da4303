import type { Route } from "../http/router";
import { dataRoutes } from "./data-routes";
import { keyRoutes } from "./key-routes";
import { signingRoutes } from "./signing-routes";

/** KMS (`/api/v1/kms/keys`): keys, encrypt/decrypt (AES-GCM), sign/verify (RSA, ECDSA). */
export const kmsRoutes: Route[] = [...keyRoutes, ...dataRoutes, ...signingRoutes];
