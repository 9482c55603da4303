// The shape shared by every "identity id + JWT" login (OIDC, JWT, Kubernetes, GCP, Azure,
// SPIFFE): the token is read fresh at each login, checked, and posted as `jwt`.

import type { AuthMethod } from "@infisical-edge/core";
import { parseOptions, postLogin, shortHash } from "@infisical-edge/core/internal";
import * as v from "valibot";
import {
  IdentityId,
  loginBody,
  OrganizationSlug,
  resolveToken,
  type TokenSource,
  TokenSourceSchema,
} from "./login-options.js";

export interface JwtLoginSpec {
  kind: string;
  path: string;
  identityId: string;
  organizationSlug: string | undefined;
  /** Produces the token for one login (may fetch it from a metadata server). */
  token(signal: AbortSignal | undefined): Promise<string>;
}

export function jwtLoginMethod(spec: JwtLoginSpec): AuthMethod {
  return {
    kind: spec.kind,
    // The JWT changes at each login, so nothing stable keys the identity: the client logs
    // in (the server checks the JWT) before it serves any cached entry.
    identity: () => shortHash(`${spec.kind}:${spec.identityId}:${spec.organizationSlug ?? ""}`),
    identityProof: "session",
    async login(context) {
      const jwt = await spec.token(context.signal);
      return postLogin(
        context,
        spec.path,
        loginBody(spec.identityId, spec.organizationSlug, { jwt }),
      );
    },
  };
}

/** Options of the methods whose only credential is a given JWT (OIDC, JWT, SPIFFE). */
export interface GivenJwtOptions {
  /** The machine identity's id in Infisical. */
  identityId: string;
  /** The token, or a function returning a fresh one per login. */
  jwt: TokenSource;
  /** Log into a sub-organization of the identity's organization. */
  organizationSlug?: string;
}

const GivenJwt = v.object({
  identityId: IdentityId,
  jwt: TokenSourceSchema,
  organizationSlug: OrganizationSlug,
});

/** Builds `oidcAuth`, `jwtAuth` and `spiffeAuth`: same options, their own login route. */
export function givenJwtMethod(kind: string) {
  return (options: GivenJwtOptions): AuthMethod => {
    const { identityId, jwt, organizationSlug } = parseOptions(GivenJwt, options);
    return jwtLoginMethod({
      kind,
      path: `/api/v1/auth/${kind}/login`,
      identityId,
      organizationSlug,
      token: () => resolveToken(jwt, "jwt"),
    });
  };
}
