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

export interface JwtAuthOptions {
  identityId: string;
  /** A JWT signed by a key the identity trusts (static keys or a JWKS URL), or a function. */
  jwt: TokenSource;
  organizationSlug?: string;
}

const Options = v.object({
  identityId: IdentityId,
  jwt: TokenSourceSchema,
  organizationSlug: OrganizationSlug,
});

/** JWT Auth: like OIDC but against configured public keys or a JWKS URL, no discovery. */
export function jwtAuth(options: JwtAuthOptions): AuthMethod {
  const { identityId, jwt, organizationSlug } = parseOptions(Options, options);
  return jwtLoginMethod({
    kind: "jwt-auth",
    path: "/api/v1/auth/jwt-auth/login",
    identityId,
    organizationSlug,
    token: () => resolveToken(jwt, "jwt"),
  });
}
