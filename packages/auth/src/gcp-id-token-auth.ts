import type { AuthMethod } from "@infisical-edge/core";
import { parseOptions } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { jwtLoginMethod } from "./jwt-login.js";
import {
  FetchSchema,
  IdentityId,
  MetadataUrl,
  OrganizationSlug,
  resolveToken,
  type TokenSource,
  TokenSourceSchema,
} from "./login-options.js";
import { fetchMetadata } from "./metadata-fetch.js";

/** Options of {@link gcpIdTokenAuth}. */
export interface GcpIdTokenAuthOptions {
  /** The machine identity's id in Infisical; also the ID token's audience. */
  identityId: string;
  /**
   * A Google-signed ID token whose audience is the identity id, or a function returning one.
   * Omitted: fetched from the instance metadata server (GCE, GKE, Cloud Run, Functions).
   */
  jwt?: TokenSource;
  /** Log into a sub-organization of the identity's organization. */
  organizationSlug?: string;
  /** Default `http://metadata.google.internal`. */
  metadataUrl?: string;
  /** The fetch used for the metadata server (default globalThis.fetch). */
  fetch?: typeof globalThis.fetch;
}

const GCP_METADATA = "http://metadata.google.internal";

const Options = v.object({
  identityId: IdentityId,
  jwt: v.optional(TokenSourceSchema),
  organizationSlug: OrganizationSlug,
  metadataUrl: v.optional(MetadataUrl),
  fetch: FetchSchema,
});

/** GCP ID Token Auth: an identity token of the workload's service account, audience = identity id. */
export function gcpIdTokenAuth(options: GcpIdTokenAuthOptions): AuthMethod {
  const { identityId, jwt, organizationSlug, metadataUrl, fetch } = parseOptions(Options, options);
  const base = (metadataUrl ?? GCP_METADATA).replace(/\/+$/, "");
  const fromMetadata = (signal?: AbortSignal) =>
    fetchMetadata({
      label: "GCP metadata server",
      url: `${base}/computeMetadata/v1/instance/service-accounts/default/identity?audience=${encodeURIComponent(identityId)}&format=full`,
      headers: { "Metadata-Flavor": "Google" },
      fetch,
      signal,
    });
  return jwtLoginMethod({
    kind: "gcp-id-token-auth",
    path: "/api/v1/auth/gcp-auth/login",
    identityId,
    organizationSlug,
    token: (signal) => resolveToken(jwt ?? (() => fromMetadata(signal)), "jwt"),
  });
}
