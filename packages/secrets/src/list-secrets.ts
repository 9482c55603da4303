import type { InfisicalClient } from "@infisical-edge/core";
import { cachedGet, entryKey, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { isListBody } from "./list-check.js";
import { ListSecretsResponse, type ListSecretsResult } from "./list-schemas.js";
import { projectOf, SECRETS_BASE } from "./location.js";
import { LocationEntries, type LocationOptions, parseLocated, TagSlugs } from "./options.js";
import { flag } from "./query.js";

export interface ListSecretsOptions extends LocationOptions {
  /** Include secrets of every folder below `secretPath`. Default false. */
  recursive?: boolean;
  /** Include secrets imported into this folder (returned under `imports`). Default true. */
  includeImports?: boolean;
  /** Resolve `${...}` references server-side. Default true. */
  expandSecretReferences?: boolean;
  /** False masks values as `<hidden-by-infisical>`. Default true. */
  viewSecretValue?: boolean;
  /** Only secrets carrying any of these tag slugs (the server ORs them). */
  tagSlugs?: string[];
  /** Only secrets whose metadata match every pair. */
  metadataFilter?: {
    /** The metadata key. */
    key: string;
    /** The value the key must have. */
    value: string;
  }[];
  /** Set false to bypass the client's cache for this call. */
  cache?: boolean;
}

const Options = v.object({
  ...LocationEntries,
  recursive: v.optional(schemas.Bool, false),
  includeImports: v.optional(schemas.Bool, true),
  expandSecretReferences: v.optional(schemas.Bool, true),
  viewSecretValue: v.optional(schemas.Bool, true),
  tagSlugs: v.optional(TagSlugs),
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

/**
 * Lists the secrets of a folder (and, optionally, of its sub-folders and imports), through the
 * client's cache. `secretPath` defaults to `/`.
 *
 * @returns `{ secrets, imports }`: the folder's secrets and those its imports bring in.
 * @throws `InfisicalValidationError` when an option is invalid, before any request.
 * @throws `InfisicalAuthError` when the client's login is refused.
 * @throws `InfisicalApiError` when the server answers with an error status.
 *
 * @example
 * ```ts
 * const { secrets } = await listSecrets(client, {
 *   projectSlug: "my-project",
 *   environment: "prod",
 *   secretPath: "/api",
 * });
 * const env = Object.fromEntries(secrets.map((s) => [s.secretKey, s.secretValue]));
 * ```
 */
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
  // With the client's cache off the key only joins identical reads of this client in flight:
  // no entry is stored, so no proof of the credential (a keyed hash) is needed to name it.
  const scope = () =>
    client.cache.enabled
      ? client.keyScope(projectId, { signal: o.signal })
      : { project: projectId, identity: "" };
  const key = o.cache
    ? entryKey(await scope(), {
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
      })
    : undefined;
  return cachedGet(client, { path: SECRETS_BASE, query, key, signal: o.signal }, (response) => {
    // Checked in place, not copied: the result holds the parsed body's own objects. A body
    // the check refuses goes through valibot, which names what is wrong.
    const { data } = response;
    const body = isListBody(data)
      ? data
      : parseResponse(ListSecretsResponse, response, "GET", SECRETS_BASE);
    return { secrets: body.secrets, imports: body.imports ?? [] };
  });
}
