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
import { fetchMetadata, parseMetadataJson } from "./metadata-fetch.js";

/** Options of {@link azureAuth}. */
export interface AzureAuthOptions {
  /** The machine identity's id in Infisical. */
  identityId: string;
  /**
   * A managed-identity access token, or a function returning one. Omitted: requested from
   * the Azure Instance Metadata Service for `resource`.
   */
  jwt?: TokenSource;
  /** The token's audience as configured on the identity. Default `https://management.azure.com/`. */
  resource?: string;
  /** A user-assigned managed identity's client id (omit for the system-assigned one). */
  clientId?: string;
  /** Log into a sub-organization of the identity's organization. */
  organizationSlug?: string;
  /** Default `http://169.254.169.254`. */
  metadataUrl?: string;
  /** The fetch used for the metadata service. Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
}

const AZURE_IMDS = "http://169.254.169.254";
const DEFAULT_RESOURCE = "https://management.azure.com/";

const Options = v.object({
  identityId: IdentityId,
  jwt: v.optional(TokenSourceSchema),
  resource: v.optional(v.pipe(v.string(), v.minLength(1, "a non-empty resource URI"))),
  clientId: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/, "a client id"))),
  organizationSlug: OrganizationSlug,
  metadataUrl: v.optional(MetadataUrl),
  fetch: FetchSchema,
});

/** Azure Auth: a managed-identity token whose tenant and audience the identity trusts. */
export function azureAuth(options: AzureAuthOptions): AuthMethod {
  const parsed = parseOptions(Options, options);
  const base = (parsed.metadataUrl ?? AZURE_IMDS).replace(/\/+$/, "");
  const query = new URLSearchParams({
    "api-version": "2018-02-01",
    resource: parsed.resource ?? DEFAULT_RESOURCE,
  });
  if (parsed.clientId) query.set("client_id", parsed.clientId);
  const fromImds = async (signal?: AbortSignal) => {
    const text = await fetchMetadata({
      label: "Azure IMDS",
      url: `${base}/metadata/identity/oauth2/token?${query}`,
      headers: { Metadata: "true", Accept: "application/json" },
      fetch: parsed.fetch,
      signal,
    });
    const body = parseMetadataJson<{ access_token: string }>(
      "Azure IMDS",
      text,
      (b) => typeof b.access_token === "string",
    );
    return body.access_token;
  };
  return jwtLoginMethod({
    kind: "azure-auth",
    path: "/api/v1/auth/azure-auth/login",
    identityId: parsed.identityId,
    organizationSlug: parsed.organizationSlug,
    token: (signal) => resolveToken(parsed.jwt ?? (() => fromImds(signal)), "jwt"),
  });
}
