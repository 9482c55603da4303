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

export interface SpiffeAuthOptions {
  identityId: string;
  /** A JWT-SVID (from the SPIFFE Workload API), or a function returning a fresh one. */
  jwt: TokenSource;
  organizationSlug?: string;
}

const Options = v.object({
  identityId: IdentityId,
  jwt: TokenSourceSchema,
  organizationSlug: OrganizationSlug,
});

/**
 * SPIFFE Auth: the server verifies the JWT-SVID against the trust domain's bundle and checks
 * its SPIFFE ID and audience. SVIDs are short-lived, so pass a function.
 */
export function spiffeAuth(options: SpiffeAuthOptions): AuthMethod {
  const { identityId, jwt, organizationSlug } = parseOptions(Options, options);
  return jwtLoginMethod({
    kind: "spiffe-auth",
    path: "/api/v1/auth/spiffe-auth/login",
    identityId,
    organizationSlug,
    token: () => resolveToken(jwt, "jwt"),
  });
}
