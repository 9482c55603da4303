import type { InfisicalClient, KeyScope, TransportResponse } from "@infisical-edge/core";
import {
  Bool,
  type CachedGet,
  cachedGet,
  encodeKeyPart,
  entryKey,
  parseResponseInPlace,
  SecretName,
} from "@infisical-edge/core/internal";
import * as v from "valibot";
import { projectOf, secretUrl } from "./location.js";
import { LocationEntries, type LocationOptions, parseLocated, SecretType } from "./options.js";
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

const Options = v.looseObject({
  ...LocationEntries,
  secretName: SecretName,
  version: v.optional(
    v.pipe(
      v.number("a version number"),
      v.check(Number.isInteger as (version: number) => boolean, "a whole version number"),
      v.check((version) => version >= 1, "a version of at least 1"),
    ),
  ),
  type: v.optional(SecretType, "shared"),
  includeImports: v.optional(Bool, true),
  expandSecretReferences: v.optional(Bool, true),
  viewSecretValue: v.optional(Bool, true),
  cache: v.optional(Bool, true),
});
type Parsed = v.InferOutput<typeof Options>;

function keyOf(scope: KeyScope, o: Parsed): string {
  return entryKey(scope, {
    wide: o.expandSecretReferences || o.includeImports,
    environment: o.environment,
    path: o.secretPath,
    kind: `s.${encodeKeyPart(o.secretName)}`,
    // join() writes undefined as "" and booleans as true/false.
    options: [
      o.type,
      o.version,
      o.viewSecretValue,
      o.expandSecretReferences,
      o.includeImports,
    ].join("|"),
  });
}

// Cache keys by the caller's own values, per client, for the hot shape (no slug, version,
// signal or `cache: false`). A set of values is stored only once the full schema accepted it,
// so matching one field by field proves the input valid: a hit runs no schema and builds no
// string (hashing a fresh id string cost more than the rest of a hit). Values the schema
// accepts are primitives, so `===` compares them whole.
/** [cache key, the caller's values as the schema read them (a private copy), their read] */
type Hot = [string, GetSecretOptions, Read];
/** Per client, by secret name: at most 1,000 names, 8 value sets each. */
const hotKeys = new WeakMap<InfisicalClient, Map<unknown, Hot[]>>();

/** Extras that leave the hot shape (each changes the request or needs the schema). */
const offShape = (o: GetSecretOptions) =>
  o.projectSlug !== undefined ||
  o.version !== undefined ||
  o.signal !== undefined ||
  (o.cache !== undefined && o.cache !== true);

/** The remembered set for exactly these values, if any. */
function hotOf(client: InfisicalClient, o: GetSecretOptions): Hot | undefined {
  // Reading a field of any other truthy value (a string) is harmless: nothing matches it.
  if (!o || offShape(o)) return undefined;
  for (const h of hotKeys.get(client)?.get(o.secretName) ?? []) {
    const s = h[1];
    if (
      s.projectId === o.projectId &&
      s.environment === o.environment &&
      s.secretPath === o.secretPath &&
      s.type === o.type &&
      s.includeImports === o.includeImports &&
      s.expandSecretReferences === o.expandSecretReferences &&
      s.viewSecretValue === o.viewSecretValue
    ) {
      return h;
    }
  }
  return undefined;
}

/** Remembers values the schema accepted (`o`, the caller's own) with their key and read. */
function remember(client: InfisicalClient, o: GetSecretOptions, key: string, read: Read) {
  // Hot values reach here only while not yet remembered (concurrent first calls at most).
  if (offShape(o)) return;
  let memo = hotKeys.get(client);
  if (!memo || memo.size >= 1000) {
    memo = new Map();
    hotKeys.set(client, memo);
  }
  let seen = memo.get(o.secretName);
  if (!seen) {
    seen = [];
    memo.set(o.secretName, seen);
  }
  // Newest last; past 8 sets for one name the oldest goes.
  if (seen.push([key, o, read]) > 8) seen.shift();
}

/** A read: what it sends, and the check of its answer. */
type Read = [request: CachedGet, parse: (response: TransportResponse) => Secret];

/** Built once per remembered set of options: a warm read builds no URL, query or closure. */
function prepare(o: Parsed, projectId: string, key: string | undefined): Read {
  const path = secretUrl(o.secretName);
  // Frozen, so the transport encodes it once.
  const query = Object.freeze({
    projectId,
    environment: o.environment,
    secretPath: o.secretPath,
    version: o.version,
    type: o.type,
    // The transport writes booleans as "true"/"false", the only spelling the server takes.
    includeImports: o.includeImports,
    expandSecretReferences: o.expandSecretReferences,
    viewSecretValue: o.viewSecretValue,
  });
  return [
    { path, query, key, signal: o.signal },
    // Checked in place against the schema (valibot's copy cost a cache-off read ~40 µs on
    // loopback); a body the check refuses still goes through valibot for the issues.
    (response) => parseResponseInPlace(GetSecretResponse, response, "GET", path).secret,
  ];
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
  let hot: Hot | undefined;
  try {
    hot = hotOf(client, options);
  } catch (error) {
    // A getter or proxy that throws: a rejection, as from every async call, never a throw.
    return Promise.reject(error);
  }
  if (!hot) return slowGetSecret(client, options);
  // Seen and validated: from the memory store at once, else the read itself (no schema).
  return client.cache.hit<Secret>(hot[0]) || cachedGet(client, hot[2][0], hot[2][1]);
}

async function slowGetSecret(client: InfisicalClient, options: unknown): Promise<Secret> {
  // One read of the caller's values: what the schema accepts is what is remembered.
  const snapshot = options && typeof options === "object" ? { ...options } : options;
  const o = parseLocated(Options, snapshot);
  const projectId = await projectOf(client, o);
  const key = o.cache
    ? keyOf(await client.keyScope(projectId, { signal: o.signal }), o)
    : undefined;
  const read = prepare(o, projectId, key);
  if (key) remember(client, snapshot as GetSecretOptions, key, read);
  return cachedGet(client, ...read);
}
