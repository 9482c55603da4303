import type { AuthMethod } from "@infisical-edge/core";
import { type GivenJwtOptions, givenJwtMethod } from "./jwt-login.js";

/** `jwt`: a JWT-SVID (from the SPIFFE Workload API), or a function returning a fresh one. */
export type SpiffeAuthOptions = GivenJwtOptions;

/**
 * SPIFFE Auth: the server verifies the JWT-SVID against the trust domain's bundle and checks
 * its SPIFFE ID and audience. SVIDs are short-lived, so pass a function.
 */
export const spiffeAuth: (options: SpiffeAuthOptions) => AuthMethod = givenJwtMethod("spiffe-auth");
