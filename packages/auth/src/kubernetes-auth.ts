import type { AuthMethod } from "@infisical-edge/core";
import { parseOptions } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { jwtLoginMethod } from "./jwt-login.js";
import {
  IdentityId,
  OrganizationSlug,
  resolveToken,
  type TokenSource,
  TokenSourceSchema,
} from "./login-options.js";

/** Options of {@link kubernetesAuth}. */
export interface KubernetesAuthOptions {
  /** The machine identity's id in Infisical. */
  identityId: string;
  /**
   * The pod's service-account token, or a function returning it (projected tokens rotate).
   * On Node, `@infisical-edge/auth/node` reads the mounted token file by default.
   */
  serviceAccountToken: TokenSource;
  /** Log into a sub-organization of the identity's organization. */
  organizationSlug?: string;
}

const Options = v.object({
  identityId: IdentityId,
  serviceAccountToken: TokenSourceSchema,
  organizationSlug: OrganizationSlug,
});

/** Kubernetes Auth: the server reviews the service-account token with the cluster's API. */
export function kubernetesAuth(options: KubernetesAuthOptions): AuthMethod {
  const { identityId, serviceAccountToken, organizationSlug } = parseOptions(Options, options);
  return jwtLoginMethod({
    kind: "kubernetes-auth",
    path: "/api/v1/auth/kubernetes-auth/login",
    identityId,
    organizationSlug,
    token: () => resolveToken(serviceAccountToken, "serviceAccountToken"),
  });
}
