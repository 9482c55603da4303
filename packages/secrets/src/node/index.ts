// Node-only convenience: write loaded secrets into process.env. Kept out of the default
// entry so edge bundles never reference `process`.

import type { InfisicalClient } from "@infisical-edge/core";
import { assertSchema, type ConfigSchema, parseConfig } from "../config-schema.js";
import { type LoadedSecrets, type LoadSecretsOptions, loadRecord } from "../load-secrets.js";

export interface NodeLoadSecretsOptions<S extends ConfigSchema | undefined = undefined>
  extends LoadSecretsOptions<S> {
  /** Also assign the secrets to `process.env`; `{ override: true }` replaces existing vars. */
  intoEnv?:
    | boolean
    | {
        /** Replace variables that are already set (default false: keep them). */
        override?: boolean;
      };
}

/**
 * `loadSecrets` that can also fill `process.env` (with the raw strings). With a `schema`,
 * nothing is written unless every secret passes it.
 */
export async function loadSecrets<S extends ConfigSchema | undefined = undefined>(
  client: InfisicalClient,
  options: NodeLoadSecretsOptions<S>,
): Promise<LoadedSecrets<S>> {
  const { intoEnv, schema, ...listOptions } = options;
  assertSchema(schema);
  const record = await loadRecord(client, listOptions);
  const result = schema === undefined ? record : await parseConfig(schema, record);
  if (intoEnv) {
    const override = typeof intoEnv === "object" && intoEnv.override === true;
    for (const [key, value] of Object.entries(record)) {
      if (override || process.env[key] === undefined) process.env[key] = value;
    }
  }
  return result as LoadedSecrets<S>;
}
