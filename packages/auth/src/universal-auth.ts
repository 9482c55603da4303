import type { AuthMethod } from "@infisical-edge/core";
import {
  credentialIdentity,
  NonEmpty,
  parseOptions,
  postLogin,
} from "@infisical-edge/core/internal";
import * as v from "valibot";

export interface UniversalAuthOptions {
  clientId: string;
  clientSecret: string;
  /** Log into a sub-organization of the identity's organization. */
  organizationSlug?: string;
}

const Options = v.looseObject({
  clientId: NonEmpty,
  clientSecret: NonEmpty,
  organizationSlug: v.optional(NonEmpty),
});

/** Universal Auth (client id + client secret). Options are checked here, before any request. */
export function universalAuth(options: UniversalAuthOptions): AuthMethod {
  const { clientId, clientSecret, organizationSlug } = parseOptions(Options, options);
  const body: Record<string, string> = { clientId, clientSecret };
  if (organizationSlug) body.organizationSlug = organizationSlug;
  return {
    kind: "universal-auth",
    // Keyed by the client secret: a wrong secret with the right client id gets other keys.
    identity: () =>
      credentialIdentity(`universal-auth:${clientId}:${organizationSlug ?? ""}`, clientSecret),
    identityProof: "credential",
    login: (context) => postLogin(context, "/api/v1/auth/universal-auth/login", body),
  };
}
