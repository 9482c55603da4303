import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { jsonRecord } from "./json-record.js";
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
import { type DynamicSecret, DynamicSecretResponse } from "./schemas.js";

/** Options of {@link updateDynamicSecret}. */
export interface UpdateDynamicSecretOptions extends LocationOptions, TtlOptions {
  /** The current name. */
  name: string;
  /** Rename the dynamic secret. */
  newName?: string;
  /** Provider inputs to change; merged over the stored ones by the server. */
  inputs?: Record<string, unknown>;
  /** Replaces the metadata. */
  metadata?: {
    /** The metadata key. */
    key: string;
    /** The metadata value. */
    value: string;
  }[];
  /** null removes the template. */
  usernameTemplate?: string | null;
}

const Options = v.object({
  ...LocationEntries,
  ...TtlEntries,
  name: DynamicSecretName,
  newName: v.optional(DynamicSecretName),
  inputs: v.optional(jsonRecord("an object of provider inputs")),
  metadata: v.optional(MetadataInput),
  usernameTemplate: v.nullish(UsernameTemplate),
});

/** Changes a dynamic secret's TTLs, name, inputs, metadata or username template. */
export async function updateDynamicSecret(
  client: InfisicalClient,
  options: UpdateDynamicSecretOptions,
): Promise<DynamicSecret> {
  const o = parseOptions(Options, options);
  const { defaultTTL, maxTTL } = resolveTtls(o);
  const path = `${DYNAMIC_SECRETS_BASE}/${encodeURIComponent(o.name)}`;
  const data = {
    defaultTTL,
    maxTTL,
    newName: o.newName,
    inputs: o.inputs,
    metadata: o.metadata,
    usernameTemplate: o.usernameTemplate,
  };
  const response = await client.send({
    method: "PATCH",
    path,
    body: { ...locationOf(o), data },
    signal: o.signal,
    sensitive: sensitiveStrings(o.inputs),
  });
  return parseResponse(DynamicSecretResponse, response, "PATCH", path).dynamicSecret;
}
