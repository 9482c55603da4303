import { type AuthMethod, parseOptions } from "@infisical-edge/core";
import * as v from "valibot";
import { jwtLoginMethod } from "./jwt-login";
import {
  IdentityId,
  OrganizationSlug,
  resolveToken,
  type TokenSource,
  TokenSourceSchema,
} from "./login-options";

export interface OidcAuthOptions {
  identityId: string;
  /** The identity provider's ID token, or a function returning a fresh one per login. */
  jwt: TokenSource;
  organizationSlug?: string;
}

const Options = v.object({
  identityId: IdentityId,
  jwt: TokenSourceSchema,
  organizationSlug: OrganizationSlug,
});

/**
 * OIDC Auth: the server checks the token against the provider's discovery document and
 * JWKS, then the bound issuer, subject, audiences and claims.
 */
export function oidcAuth(options: OidcAuthOptions): AuthMethod {
  const { identityId, jwt, organizationSlug } = parseOptions(Options, options);
  return jwtLoginMethod({
    kind: "oidc-auth",
    path: "/api/v1/auth/oidc-auth/login",
    identityId,
    organizationSlug,
    token: () => resolveToken(jwt, "jwt"),
  });
}
