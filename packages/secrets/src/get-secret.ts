import {
  cachedGet,
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

// The hot shape (projectId, environment, secretName, optional path and flags) is checked
// field by field against the same schemas, each distinct string once; anything else takes
// the full schema, which also names what is wrong.
const knownProjectId = knownValid(schemas.ProjectId);
const knownEnvironment = knownValid(schemas.EnvironmentSlug);
const knownPath = knownValid(schemas.SecretPath);
const knownName = knownValid(schemas.SecretName);
const boolOr = (value: unknown, fallback: boolean) =>
  value === undefined ? fallback : typeof value === "boolean" ? value : undefined;

function fastParse(options: unknown): Parsed | undefined {
  if (typeof options !== "object" || options === null) return undefined;
  const o = options as Record<string, unknown>;
  if (o.projectSlug !== undefined || o.version !== undefined || o.signal !== undefined) {
    return undefined;
  }
  const projectId = knownProjectId(o.projectId);
  const environment = knownEnvironment(o.environment);
  const secretPath = o.secretPath === undefined ? "/" : knownPath(o.secretPath);
  const secretName = knownName(o.secretName);
  const type = o.type === undefined ? "shared" : o.type;
  const includeImports = boolOr(o.includeImports, true);
  const expandSecretReferences = boolOr(o.expandSecretReferences, true);
  const viewSecretValue = boolOr(o.viewSecretValue, true);
  const cache = boolOr(o.cache, true);
  if (
    projectId === undefined ||
    environment === undefined ||
    secretPath === undefined ||
    secretName === undefined ||
    (type !== "shared" && type !== "personal") ||
    includeImports === undefined ||
    expandSecretReferences === undefined ||
    viewSecretValue === undefined ||
    cache === undefined
  ) {
    return undefined;
  }
  return {
    projectId,
    environment,
    secretPath,
    secretName,
    type,
    includeImports,
    expandSecretReferences,
    viewSecretValue,
    cache,
  };
}

function keyOf(scope: KeyScope, o: Parsed): string {
  return entryKey(scope, {
    wide: o.expandSecretReferences || o.includeImports,
    environment: o.environment,
    path: o.secretPath,
    kind: `s.${encodeURIComponent(o.secretName)}`,
    options: [
      o.type,
      o.version ?? "",
      flag(o.viewSecretValue),
      flag(o.expandSecretReferences),
      flag(o.includeImports),
    ].join("|"),
  });
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
  const fast = fastParse(options);
  // A cache hit, once the client knows its identity: no await before the lookup.
  const scope = fast?.cache ? client.knownKeyScope(fast.projectId as string) : undefined;
  if (fast && scope) return read(client, fast, fast.projectId as string, keyOf(scope, fast));
  return slowGetSecret(client, fast ?? options);
}

async function slowGetSecret(client: InfisicalClient, options: unknown): Promise<Secret> {
  const o = parseLocated(Options, options);
  const projectId = await projectOf(client, o);
  const key = o.cache ? keyOf(await client.keyScope(projectId), o) : undefined;
  return read(client, o, projectId, key);
}
