import type { InfisicalClient } from "@infisical-edge/core";
import { entryKey, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { projectOf, secretUrl } from "./location.js";
import { LocationEntries, type LocationOptions, parseLocated, SecretType } from "./options.js";
import { flag } from "./query.js";
import { GetSecretResponse, type Secret } from "./schemas.js";

export interface GetSecretOptions extends LocationOptions {
  secretName: string;
  /** A past version number; default the current one. */
  version?: number;
  /** `shared` (default) or `personal`. */
  type?: "shared" | "personal";
  /** Look the name up in imported folders when it is not in this one. Default true. */
  includeImports?: boolean;
  /** Resolve `${...}` references server-side. Default true. */
  expandSecretReferences?: boolean;
  /** False masks the value as `<hidden-by-infisical>`. Default true. */
  viewSecretValue?: boolean;
  /** Set false to bypass the client's cache for this call. */
  cache?: boolean;
}

const Options = v.object({
  ...LocationEntries,
  secretName: schemas.SecretName,
  version: v.optional(
    v.pipe(
      v.number("a version number"),
      v.integer("a whole version number"),
      v.minValue(1, "a version of at least 1"),
    ),
  ),
  type: v.optional(SecretType, "shared"),
  includeImports: v.optional(schemas.Bool, true),
  expandSecretReferences: v.optional(schemas.Bool, true),
  viewSecretValue: v.optional(schemas.Bool, true),
  cache: v.optional(schemas.Bool, true),
});

/** Reads one secret by name. */
export async function getSecret(
  client: InfisicalClient,
  options: GetSecretOptions,
): Promise<Secret> {
  const o = parseLocated(Options, options);
  const projectId = await projectOf(client, o);
  const path = secretUrl(o.secretName);
  const query = {
    projectId,
    environment: o.environment,
    secretPath: o.secretPath,
    version: o.version,
    type: o.type,
    includeImports: flag(o.includeImports),
    expandSecretReferences: flag(o.expandSecretReferences),
    viewSecretValue: flag(o.viewSecretValue),
  };
  // The cache hands a signal shared by every reader of this key (see core's Cache.read).
  const load = async (signal?: AbortSignal) => {
    const response = await client.send({ method: "GET", path, query, signal });
    return parseResponse(GetSecretResponse, response, "GET", path).secret;
  };
  if (!o.cache) return load(o.signal);
  const key = entryKey(await client.keyScope(projectId, { signal: o.signal }), {
    wide: o.expandSecretReferences || o.includeImports,
    environment: o.environment,
    path: o.secretPath,
    kind: `s.${encodeURIComponent(o.secretName)}`,
    options: [
      o.type,
      o.version ?? "",
      query.viewSecretValue,
      query.expandSecretReferences,
      query.includeImports,
    ].join("|"),
  });
  return client.cache.read(key, load, { signal: o.signal });
}
