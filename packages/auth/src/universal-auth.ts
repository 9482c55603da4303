import type { AuthMethod } from "@infisical-edge/core";
import {
  credentialIdentity,
  NonEmpty,
  parseOptions,
  postLogin,
} from "@infisical-edge/core/internal";
import * as v from "valibot";
import { OrganizationSlug } from "./organization-slug.js";

/** Options of {@link universalAuth}. */
export interface UniversalAuthOptions {
  /** The machine identity's universal-auth client id. */
  clientId: string;
  /** The client secret; sent only in the login body, never in a cache key, log or error. */
  clientSecret: string;
  /** Log into a sub-organization of the identity's organization. */
  organizationSlug?: string;
}

const Options = v.looseObject({
  clientId: NonEmpty,
  clientSecret: NonEmpty,
  organizationSlug: OrganizationSlug,
});

/**
 * Universal Auth: a machine identity's client id and client secret, exchanged for an access
 * token at `POST /api/v1/auth/universal-auth/login`. The client logs in at its first request,
 * renews the token before it expires and logs in again when renewal is refused.
 *
 * @param options The identity's credentials; checked here, before any request.
 * @returns An auth method for `createClient({ auth })`.
 * @throws `InfisicalValidationError` when `clientId` or `clientSecret` is missing or empty.
 *
 * @example
 * ```ts
 * const client = createClient({
 *   auth: universalAuth({
 *     clientId: env.INFISICAL_CLIENT_ID,
 *     clientSecret: env.INFISICAL_CLIENT_SECRET,
 *   }),
 * });
 * ```
 */
export function universalAuth(options: UniversalAuthOptions): AuthMethod {
  const { clientId, clientSecret, organizationSlug } = parseOptions(Options, options);
  // JSON leaves an undefined organizationSlug out.
  const body = { clientId, clientSecret, organizationSlug };
  return {
    kind: "universal-auth",
    // Keyed by the client secret: a wrong secret with the right client id gets other keys.
    identity: () =>
      credentialIdentity(`universal-auth:${clientId}:${organizationSlug ?? ""}`, clientSecret),
    identityProof: "credential",
    login: (context) => postLogin(context, "/api/v1/auth/universal-auth/login", body),
  };
}
