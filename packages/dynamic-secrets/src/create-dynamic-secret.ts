import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse } from "@infisical-edge/core/internal";
import * as v from "valibot";
import {
  DYNAMIC_SECRETS_BASE,
  DynamicSecretName,
  LocationEntries,
  type LocationOptions,
  locationOf,
  MetadataInput,
  resolveTtls,
  sensitiveStrings,
  TtlEntries,
  type TtlOptions,
  UsernameTemplate,
} from "./options.js";
import { type DynamicSecretProvider, ProviderSchema } from "./providers.js";
import { type DynamicSecret, DynamicSecretResponse } from "./schemas.js";

/** Options of {@link createDynamicSecret}. */
export interface CreateDynamicSecretOptions extends LocationOptions, TtlOptions {
  /** Lowercase letters, digits and single hyphens, at most 64 characters. */
  name: string;
  /** The provider and its configuration, e.g. `{ type: "sql-database", inputs: {...} }`. */
  provider: DynamicSecretProvider;
  /** Key-value metadata attached to the dynamic secret. */
  metadata?: {
    /** The metadata key. */
    key: string;
    /** The metadata value. */
    value: string;
  }[];
  /** e.g. `app-{{identity.name}}-{{randomUsername}}` (also `{{unixTimestamp}}`). */
  usernameTemplate?: string;
}

const Options = v.object({
  ...LocationEntries,
  ...TtlEntries,
  name: DynamicSecretName,
  provider: ProviderSchema,
  metadata: v.optional(MetadataInput),
  usernameTemplate: v.optional(UsernameTemplate),
});

/** Creates a dynamic secret. The answer carries its `inputs` (root credentials included). */
export async function createDynamicSecret(
  client: InfisicalClient,
  options: CreateDynamicSecretOptions,
): Promise<DynamicSecret> {
  const o = parseOptions(Options, options);
  const { defaultTTL, maxTTL } = resolveTtls(o, true);
  const body = {
    ...locationOf(o),
    name: o.name,
    provider: o.provider,
    defaultTTL,
    maxTTL: maxTTL ?? undefined,
    metadata: o.metadata,
    usernameTemplate: o.usernameTemplate,
  };
  const response = await client.send({
    method: "POST",
    path: DYNAMIC_SECRETS_BASE,
    body,
    signal: o.signal,
    sensitive: sensitiveStrings(o.provider.inputs),
  });
  return parseResponse(DynamicSecretResponse, response, "POST", DYNAMIC_SECRETS_BASE).dynamicSecret;
}
