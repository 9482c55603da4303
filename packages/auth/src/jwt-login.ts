// The shape shared by every "identity id + JWT" login (OIDC, JWT, Kubernetes, GCP, Azure,
// SPIFFE): the token is read fresh at each login, checked, and posted as `jwt`.

import { type AuthMethod, postLogin, shortHash } from "@infisical-edge/core";
import { loginBody } from "./login-options";

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
    identity: () => shortHash(`${spec.kind}:${spec.identityId}:${spec.organizationSlug ?? ""}`),
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
