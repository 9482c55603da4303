import {
  cachedGet,
  encodeKeyPart,
  entryKey,
  type InfisicalClient,
  type KeyScope,
  knownValid,
  parseResponse,
  schemas,
} from "@infisical-edge/core";
import * as v from "valibot";
import { projectOf, secretUrl } from "./location";
import { LocationEntries, type LocationOptions, parseLocated, SecretType } from "./options";
import { flag } from "./query";
import { GetSecretResponse, type Secret } from "./schemas";

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
type Parsed = v.InferOutput<typeof Options>;

// The hot shape: projectId, environment, secretName, optional secretPath and flags, no
// signal or version. Its strings are checked against the same schemas as the full parse,
// each distinct value once; anything else takes the full schema, which names what is wrong.
const knownProjectId = knownValid(schemas.ProjectId);
const knownEnvironment = knownValid(schemas.EnvironmentSlug);
const knownPath = knownValid(schemas.SecretPath);
const knownName = knownValid(schemas.SecretName);

interface Hot {
  projectId: unknown;
  environment: unknown;
  secretPath: unknown;
  secretName: unknown;
  /** type, includeImports, expandSecretReferences, viewSecretValue as bits. */
  flags: number;
  cache: boolean;
}

const bit = (value: unknown, fallback: boolean, weight: number) =>
  value === undefined
    ? fallback
      ? weight
      : 0
    : value === true
      ? weight
      : value === false
        ? 0
        : -64;

/** The hot shape's raw values, read once; undefined for any other shape. */
function hotShape(options: unknown): Hot | undefined {
  if (typeof options !== "object" || options === null) return undefined;
  const o = options as Record<string, unknown>;
  if (o.projectSlug !== undefined || o.version !== undefined || o.signal !== undefined) {
    return undefined;
  }
  const type = o.type === undefined || o.type === "shared" ? 0 : o.type === "personal" ? 8 : -64;
  const flags =
    type +
    bit(o.includeImports, true, 4) +
    bit(o.expandSecretReferences, true, 2) +
    bit(o.viewSecretValue, true, 1);
  const cache = o.cache === undefined || o.cache === true ? true : o.cache === false ? false : -1;
  if (flags < 0 || cache === -1) return undefined;
  return {
    projectId: o.projectId,
    environment: o.environment,
    secretPath: o.secretPath,
    secretName: o.secretName,
    flags,
    cache,
  };
}

function fastParse(h: Hot): Parsed | undefined {
  const projectId = knownProjectId(h.projectId);
  const environment = knownEnvironment(h.environment);
  const secretPath = h.secretPath === undefined ? "/" : knownPath(h.secretPath);
  const secretName = knownName(h.secretName);
  if (!projectId || !environment || !secretPath || !secretName) return undefined;
  return {
    projectId,
    environment,
    secretPath,
    secretName,
    type: h.flags & 8 ? "personal" : "shared",
    includeImports: (h.flags & 4) !== 0,
    expandSecretReferences: (h.flags & 2) !== 0,
    viewSecretValue: (h.flags & 1) !== 0,
    cache: h.cache,
  };
}

function keyOf(scope: KeyScope, o: Parsed): string {
  return entryKey(scope, {
    wide: o.expandSecretReferences || o.includeImports,
    environment: o.environment,
    path: o.secretPath,
    kind: `s.${encodeKeyPart(o.secretName)}`,
    options: `${o.type}|${o.version ?? ""}|${flag(o.viewSecretValue)}|${flag(o.expandSecretReferences)}|${flag(o.includeImports)}`,
  });
}

// Cache keys of the hot shape, per client, by the caller's raw values: a value is only
// stored here after it passed validation, so finding the key also proves the input valid.
type KeyTree = Map<unknown, Map<unknown, Map<unknown, Map<unknown, string[]>>>>;
const hotKeys = new WeakMap<InfisicalClient, { tree: KeyTree; size: number }>();

/** The remembered key for these options, read without allocating; undefined if none. */
function knownKey(client: InfisicalClient, options: unknown): string | undefined {
  const memo = hotKeys.get(client);
  if (memo === undefined || typeof options !== "object" || options === null) return undefined;
  const o = options as Record<string, unknown>;
  if (o.projectSlug !== undefined || o.version !== undefined || o.signal !== undefined) {
    return undefined;
  }
  if (o.cache !== undefined && o.cache !== true) return undefined;
  const type = o.type === undefined || o.type === "shared" ? 0 : o.type === "personal" ? 8 : -64;
  const flags =
    type +
    bit(o.includeImports, true, 4) +
    bit(o.expandSecretReferences, true, 2) +
    bit(o.viewSecretValue, true, 1);
  if (flags < 0) return undefined;
  return memo.tree.get(o.projectId)?.get(o.environment)?.get(o.secretPath)?.get(o.secretName)?.[
    flags
  ];
}

function rememberKey(client: InfisicalClient, h: Hot, key: string): void {
  let memo = hotKeys.get(client);
  if (!memo || memo.size >= 1000) {
    memo = { tree: new Map(), size: 0 };
    hotKeys.set(client, memo);
  }
  memo.size++;
  const walk = <K, V>(map: Map<K, V>, k: K, make: () => V): V => {
    let next = map.get(k);
    if (next === undefined) {
      next = make();
      map.set(k, next);
    }
    return next;
  };
  const byEnvironment = walk(memo.tree, h.projectId, () => new Map());
  const byPath = walk(byEnvironment, h.environment, () => new Map());
  const byName = walk(byPath, h.secretPath, () => new Map<unknown, string[]>());
  walk(byName, h.secretName, () => [] as string[])[h.flags] = key;
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

/** Reads one secret by name. */
export function getSecret(client: InfisicalClient, options: GetSecretOptions): Promise<Secret> {
  const known = knownKey(client, options);
  const hit = known === undefined ? undefined : client.cache.hit<Secret>(known);
  if (hit) return hit;
  const hot = hotShape(options);
  const fast = hot && fastParse(hot);
  // Once the client knows its identity: no await before the cache lookup.
  const scope = fast?.cache ? client.knownKeyScope(fast.projectId as string) : undefined;
  if (hot && fast && scope) {
    const key = keyOf(scope, fast);
    rememberKey(client, hot, key);
    return client.cache.hit<Secret>(key) ?? read(client, fast, fast.projectId as string, key);
  }
  return slowGetSecret(client, fast ?? options);
}

async function slowGetSecret(client: InfisicalClient, options: unknown): Promise<Secret> {
  const o = parseLocated(Options, options);
  const projectId = await projectOf(client, o);
  const key = o.cache ? keyOf(await client.keyScope(projectId), o) : undefined;
  return read(client, o, projectId, key);
}
