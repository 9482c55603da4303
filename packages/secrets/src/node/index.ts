// Node-only convenience: write loaded secrets into process.env. Kept out of the default
// entry so edge bundles never reference `process`.

import type { InfisicalClient } from "@infisical-edge/core";
import type { ListSecretsOptions } from "../list-secrets.js";
import { loadSecrets as loadRecord } from "../load-secrets.js";

export interface NodeLoadSecretsOptions extends ListSecretsOptions {
  /** Also assign the secrets to `process.env`; `{ override: true }` replaces existing vars. */
  intoEnv?: boolean | { override?: boolean };
}

export async function loadSecrets(
  client: InfisicalClient,
  options: NodeLoadSecretsOptions,
): Promise<Record<string, string>> {
  const { intoEnv, ...listOptions } = options;
  const record = await loadRecord(client, listOptions);
  if (intoEnv) {
    const override = typeof intoEnv === "object" && intoEnv.override === true;
    for (const [key, value] of Object.entries(record)) {
      if (override || process.env[key] === undefined) process.env[key] = value;
    }
  }
  return record;
}
