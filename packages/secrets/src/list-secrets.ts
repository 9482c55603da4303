import type { InfisicalClient } from "@infisical-edge/core";
import { entryKey, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { projectOf, SECRETS_BASE } from "./location.js";
import { LocationEntries, type LocationOptions, parseLocated } from "./options.js";
import { flag } from "./query.js";
import { ListSecretsResponse, type ListSecretsResult } from "./schemas.js";

export interface ListSecretsOptions extends LocationOptions {
  /** Include secrets of every folder below `secretPath`. Default false. */
  recursive?: boolean;
  /** Include secrets imported into this folder (returned under `imports`). Default true. */
  includeImports?: boolean;
  /** Resolve `${...}` references server-side. Default true. */
  expandSecretReferences?: boolean;
  /** False masks values as `<hidden-by-infisical>`. Default true. */
  viewSecretValue?: boolean;
  /** Only secrets carrying all of these tag slugs. */
  tagSlugs?: string[];
  /** Only secrets whose metadata match every pair. */
  metadataFilter?: { key: string; value: string }[];
  /** Set false to bypass the client's cache for this call. */
  cache?: boolean;
}

const Options = v.object({
  ...LocationEntries,
  recursive: v.optional(schemas.Bool, false),
  includeImports: v.optional(schemas.Bool, true),
  expandSecretReferences: v.optional(schemas.Bool, true),
  viewSecretValue: v.optional(schemas.Bool, true),
  tagSlugs: v.optional(v.array(schemas.EnvironmentSlug, "an array of tag slugs")),
  metadataFilter: v.optional(
    v.pipe(
      v.array(
        v.object({ key: schemas.NonEmpty, value: schemas.NonEmpty }),
        "an array of { key, value }",
      ),
      v.maxLength(10, "at most 10 entries"),
      v.check(
        (pairs) => pairs.every((p) => !/[,|=]/.test(p.key + p.value)),
        "keys and values without , | or =",
      ),
    ),
  ),
  cache: v.optional(schemas.Bool, true),
});

/** Lists the secrets of a folder (and, optionally, of its sub-folders and imports). */
export async function listSecrets(
  client: InfisicalClient,
  options: ListSecretsOptions,
): Promise<ListSecretsResult> {
  const o = parseLocated(Options, options);
  const projectId = await projectOf(client, o);
  const query = {
    projectId,
    environment: o.environment,
    secretPath: o.secretPath,
    recursive: flag(o.recursive),
    includeImports: flag(o.includeImports),
    expandSecretReferences: flag(o.expandSecretReferences),
    viewSecretValue: flag(o.viewSecretValue),
    tagSlugs: o.tagSlugs?.join(","),
    metadataFilter: o.metadataFilter?.map((p) => `key=${p.key},value=${p.value}`).join("|"),
  };
  // The cache hands a signal shared by every reader of this key (see core's Cache.read).
  const load = async (signal?: AbortSignal) => {
    const response = await client.send({
      method: "GET",
      path: SECRETS_BASE,
      query,
      signal,
    });
    const body = parseResponse(ListSecretsResponse, response, "GET", SECRETS_BASE);
    return { secrets: body.secrets, imports: body.imports };
  };
  if (!o.cache) return load(o.signal);
  const key = entryKey(await client.keyScope(projectId, { signal: o.signal }), {
    wide: o.expandSecretReferences || o.includeImports,
    environment: o.environment,
    path: o.secretPath,
    kind: o.recursive ? "r" : "l",
    options: [
      query.viewSecretValue,
      query.expandSecretReferences,
      query.includeImports,
      query.tagSlugs ?? "",
      query.metadataFilter ?? "",
    ].join("|"),
  });
  return client.cache.read(key, load, { signal: o.signal });
}
