import type { AuthMethod } from "@infisical-edge/core";
import { type GivenJwtOptions, givenJwtMethod } from "./jwt-login.js";

/** `jwt`: a JWT signed by a key the identity trusts (static keys or a JWKS URL). */
export type JwtAuthOptions = GivenJwtOptions;

/** JWT Auth: like OIDC but against configured public keys or a JWKS URL, no discovery. */
export const jwtAuth: (options: JwtAuthOptions) => AuthMethod = givenJwtMethod("jwt-auth");
