import type { AuthMethod } from "@infisical-edge/core";
import { type GivenJwtOptions, givenJwtMethod } from "./jwt-login.js";

/** `jwt`: the identity provider's ID token, or a function returning a fresh one per login. */
export type OidcAuthOptions = GivenJwtOptions;

/**
 * OIDC Auth: the server checks the token against the provider's discovery document and
 * JWKS, then the bound issuer, subject, audiences and claims.
 */
export const oidcAuth: (options: OidcAuthOptions) => AuthMethod = givenJwtMethod("oidc-auth");
