import type { InfisicalClient, KeyScope } from "@infisical-edge/core";
import {
  cachedGet,
  encodeKeyPart,
  entryKey,
  parseResponse,
  schemas,
} from "@infisical-edge/core/internal";
import * as v from "valibot";
import { projectOf, secretUrl } from "./location.js";
import { LocationEntries, type LocationOptions, parseLocated, SecretType } from "./options.js";
import { flag } from "./query.js";
import { GetSecretResponse, type Secret } from "./schemas.js";

export interface GetSecretOptions extends LocationOptions {
  /** The secret's name (key), e.g. `DATABASE_URL`. */
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
type Parsed = v.InferOutput<typeof Options>;

function keyOf(scope: KeyScope, o: Parsed): string {
  return entryKey(scope, {
    wide: o.expandSecretReferences || o.includeImports,
    environment: o.environment,
    path: o.secretPath,
    kind: `s.${encodeKeyPart(o.secretName)}`,
    options: `${o.type}|${o.version ?? ""}|${flag(o.viewSecretValue)}|${flag(o.expandSecretReferences)}|${flag(o.includeImports)}`,
  });
}

// Cache keys by the caller's own values, per client, for the hot shape (strings and flags; no
// slug, version, signal or `cache: false`). A set of values is stored only once the full
// schema accepted it, so finding its key proves the input valid: a hit runs no schema.
const hotKeys = new WeakMap<InfisicalClient, Map<string, string>>();

const isBool = (value: unknown) => value === undefined || typeof value === "boolean";

/** The values as one memo id (validated parts hold no newline), or undefined. */
function hotId(options: unknown): string | undefined {
  const o = options as GetSecretOptions | null;
  if (typeof o !== "object" || o === null) return undefined;
  const { projectId, environment, secretPath = "/", secretName, type = "shared" } = o;
  if (
    typeof projectId !== "string" ||
    typeof environment !== "string" ||
    typeof secretPath !== "string" ||
    typeof secretName !== "string" ||
    typeof type !== "string" ||
    !isBool(o.includeImports) ||
    !isBool(o.expandSecretReferences) ||
    !isBool(o.viewSecretValue) ||
    (o.cache !== undefined && o.cache !== true) ||
    o.projectSlug !== undefined ||
    o.version !== undefined ||
    o.signal !== undefined
  ) {
    return undefined;
  }
  return `${projectId}\n${environment}\n${secretPath}\n${secretName}\n${type}${o.includeImports}${o.expandSecretReferences}${o.viewSecretValue}`;
}

function read(client: InfisicalClient, o: Parsed, projectId: string, key?: string) {
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
  return cachedGet(
    client,
    { path, query, key, signal: o.signal },
    (response) => parseResponse(GetSecretResponse, response, "GET", path).secret,
  );
}

/**
 * Reads one secret by name (`GET /api/v4/secrets/{secretName}`), through the client's cache.
 * The project is given by `projectId` or `projectSlug`; `secretPath` defaults to `/`.
 *
 * @returns The secret; its value is `secret.secretValue`.
 * @throws `InfisicalValidationError` when an option is invalid, before any request.
 * @throws `InfisicalAuthError` when the client's login is refused.
 * @throws `InfisicalApiError` when the server answers with an error status (404 when there
 * is no such secret).
 *
 * @example
 * ```ts
 * const secret = await getSecret(client, {
 *   projectId: "PROJECT_ID",
 *   environment: "dev",
 *   secretName: "DATABASE_URL",
 * });
 * connect(secret.secretValue);
 * ```
 */
export function getSecret(client: InfisicalClient, options: GetSecretOptions): Promise<Secret> {
  const id = hotId(options);
  const key = id === undefined ? undefined : hotKeys.get(client)?.get(id);
  return (key !== undefined && client.cache.hit<Secret>(key)) || slowGetSecret(client, options);
}

async function slowGetSecret(client: InfisicalClient, options: unknown): Promise<Secret> {
  // One read of the caller's values: what the schema accepts is what is remembered.
  const snapshot = typeof options === "object" && options !== null ? { ...options } : options;
  const o = parseLocated(Options, snapshot);
  const projectId = await projectOf(client, o);
  const key = o.cache
    ? keyOf(await client.keyScope(projectId, { signal: o.signal }), o)
    : undefined;
  const id = hotId(snapshot);
  if (key && id) {
    const memo = hotKeys.get(client);
    if (memo && memo.size < 1000) memo.set(id, key);
    else hotKeys.set(client, new Map([[id, key]]));
  }
  return read(client, o, projectId, key);
}
