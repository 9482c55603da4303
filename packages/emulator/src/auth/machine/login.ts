// Shared by the machine-identity login routes: the body check, the identity lookup that the
// server answers with 404 when the method is not configured, and the token issue.

import type { RequestContext } from "../../http/context.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Reply } from "../../http/respond.js";
import { Checker } from "../../http/validate.js";
import type { IdentityRecord } from "../../state.js";
import { mintToken, startSession } from "../tokens.js";
import type { MachineAuthConfigs } from "./config.js";

export type MethodKey = keyof MachineAuthConfigs;

/** The server's own wording, per method, when the identity lacks that method. */
const NOT_CONFIGURED: Record<MethodKey, string> = {
  awsAuth: "AWS auth method not found for identity, did you configure AWS auth?",
  oidcAuth: "OIDC auth method not found for identity, did you configure OIDC auth?",
  jwtAuth: "JWT auth method not found for identity, did you configure JWT auth?",
  kubernetesAuth:
    "Kubernetes auth method not found for identity, did you configure Kubernetes auth?",
  gcpAuth: "GCP auth method not found for identity, did you configure GCP auth?",
  azureAuth: "Azure auth method not found for identity, did you configure Azure Auth?",
  ldapAuth: "LDAP auth method not found for identity, did you configure LDAP auth?",
  spiffeAuth: "SPIFFE auth method not found for identity, did you configure SPIFFE auth?",
  ociAuth: "OCI auth method not found for identity, did you configure OCI auth?",
  alibabaCloudAuth:
    "Alibaba Cloud auth method not found for identity, did you configure Alibaba Cloud auth?",
};

export interface Configured<K extends MethodKey> {
  identity: IdentityRecord;
  config: NonNullable<MachineAuthConfigs[K]>;
}

export function configuredIdentity<K extends MethodKey>(
  ctx: RequestContext,
  identityId: string,
  key: K,
): Configured<K> {
  const identity = ctx.rt.state.identities.get(identityId.trim());
  const config = identity?.[key];
  if (!identity || !config) throw notFound(NOT_CONFIGURED[key]);
  return { identity, config: config as NonNullable<MachineAuthConfigs[K]> };
}

/** Reads a JSON body with `identityId`, the given string fields and an optional organizationSlug. */
export async function readLoginBody<F extends string>(
  ctx: RequestContext,
  fields: readonly F[],
): Promise<Record<F | "identityId", string>> {
  const checker = Checker.body(await ctx.json());
  const out: Record<string, string> = { identityId: checker.string("identityId") };
  for (const field of fields) out[field] = checker.string(field);
  checker.optionalString("organizationSlug");
  checker.finish();
  return out as Record<F | "identityId", string>;
}

export const accessDenied = (message: string) => new ApiError(401, "UnauthorizedError", message);

export const forbiddenRequest = (message: string) =>
  new ApiError(403, "ForbiddenRequestError", message);

/** Logs the identity in: a new token session with the identity's TTLs. */
export function issueLogin(ctx: RequestContext, identity: IdentityRecord): Reply {
  const session = startSession(
    ctx.rt,
    identity,
    identity.accessTokenTTL,
    identity.accessTokenMaxTTL,
  );
  const issued = mintToken(ctx.rt, session);
  return {
    body: {
      accessToken: issued.token,
      expiresIn: session.ttl,
      accessTokenMaxTTL: session.maxTtl,
      tokenType: "Bearer",
    },
  };
}

/** `*` wildcard match, as the server's bound-claim policies use. */
export function matchesPattern(value: string, pattern: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`).test(value);
}
