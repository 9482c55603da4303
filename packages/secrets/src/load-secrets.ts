import type { InfisicalClient } from "@infisical-edge/core";
import { type ListSecretsOptions, listSecrets } from "./list-secrets.js";

/**
 * A folder's secrets as a plain `{ KEY: value }` record: the edge-friendly replacement for
 * injecting into the process environment. The folder's own secrets win over imported ones; among
 * imports, and among folders of a recursive list, the first occurrence of a key wins.
 */
export async function loadSecrets(
  client: InfisicalClient,
  options: ListSecretsOptions,
): Promise<Record<string, string>> {
  const { secrets, imports } = await listSecrets(client, options);
  // No prototype: a secret named `__proto__` or `constructor` is just a key.
  const record: Record<string, string> = Object.create(null);
  for (const secret of secrets) record[secret.secretKey] ??= secret.secretValue;
  for (const folder of imports) {
    for (const secret of folder.secrets) record[secret.secretKey] ??= secret.secretValue;
  }
  return record;
}
