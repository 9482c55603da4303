import { type InfisicalClient, InfisicalValidationError } from "@infisical-edge/core";
import { assertSchema, type ConfigOf, type ConfigSchema, parseConfig } from "./config-schema.js";
import { type ListSecretsOptions, listSecrets } from "./list-secrets.js";

/** Options of `loadSecrets`: the folder to list, as for `listSecrets`, plus an optional schema to parse the record with. */
export interface LoadSecretsOptions<S extends ConfigSchema | undefined = undefined>
  extends ListSecretsOptions {
  /**
   * A Standard Schema (valibot, zod, arktype...) over the `{ KEY: value }` record: the answer is
   * its parsed, typed output. Missing or malformed secrets fail together in one
   * `InfisicalValidationError` that names each key and why, never a value.
   */
  schema?: S;
}

/** What `loadSecrets` answers: the schema's output, or the plain record without a schema. */
export type LoadedSecrets<S extends ConfigSchema | undefined> = S extends ConfigSchema
  ? ConfigOf<S>
  : Record<string, string>;

/** The secrets as a record: own secrets first, then imports (the first occurrence wins). */
export async function loadRecord(
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

/**
 * A folder's secrets as a plain `{ KEY: value }` record: the edge-friendly replacement for
 * injecting into the process environment. The folder's own secrets win over imported ones; among
 * imports, and among folders of a recursive list, the first occurrence of a key wins. With a
 * `schema`, the record is checked and parsed by it (typed configuration).
 */
export async function loadSecrets<S extends ConfigSchema | undefined = undefined>(
  client: InfisicalClient,
  options: LoadSecretsOptions<S>,
): Promise<LoadedSecrets<S>> {
  if (options === null || typeof options !== "object") {
    throw new InfisicalValidationError([{ field: "options", reason: "expected an object" }]);
  }
  const { schema, ...listOptions } = options;
  assertSchema(schema);
  const record = await loadRecord(client, listOptions);
  if (schema === undefined) return record as LoadedSecrets<S>;
  return (await parseConfig(schema, record)) as LoadedSecrets<S>;
}
