// createWorkersClient: wires a Worker's bindings into the core client. One client per isolate
// (per `env`, and per `auth` object when one is given) holds the auth session; each request
// gets its own view of the cache, bound to that request's `ctx.waitUntil`, so a background
// refresh is kept alive by the request that started it and never by another one.

import type { ExecutionContext, Fetcher, KVNamespace } from "@cloudflare/workers-types";
import { authFromEnv } from "@infisical-edge/auth";
import {
  type CacheOptions,
  type ClientConfig,
  createClient,
  type InfisicalClient,
  InfisicalValidationError,
  memoryStorage,
  readEnvConfig,
  type StorageLike,
  sealedTokenStore,
} from "@infisical-edge/core";
import { createCache } from "@infisical-edge/core/internal";
import { kvStorage } from "./kv-storage.js";
import { toFetch } from "./service-fetch.js";

/** A Worker's `env`: bindings by name (vars, secrets, KV namespaces, services). */
export type WorkersEnv = object;

/** The part of a Worker's `ExecutionContext` the client uses (a real `ctx` fits as is). */
export type WorkersContext = Pick<ExecutionContext, "waitUntil">;

/**
 * Cache options of one request: `ttl`, `staleWhileRevalidate`, `staleIfError` (seconds) and
 * `onStale`. The storage is the KV namespace (or the isolate's memory); `waitUntil` is the
 * request's `ctx.waitUntil`.
 */
export type WorkersCacheOptions = Omit<CacheOptions, "storage" | "waitUntil">;

/**
 * Options of {@link createWorkersClient}: those of `createClient` except `cache`, `fetch` and
 * `tokenStore`, which the Worker's bindings provide.
 */
export interface WorkersClientOptions extends Omit<ClientConfig, "cache" | "fetch" | "tokenStore"> {
  /**
   * The KV namespace for the cache and shared tokens, or its binding name. Default: the
   * `INFISICAL_CACHE` binding when present; `false` keeps both in the isolate's memory.
   */
  kv?: KVNamespace | string | false;
  /** `fetch`, or a service binding (`env.INFISICAL`) to reach Infisical through. */
  fetch?: typeof globalThis.fetch | Fetcher;
  /** Read cache of this request: `{ ttl: 60 }` by default; `false` turns it off. */
  cache?: WorkersCacheOptions | false;
  /**
   * Keep the access token in KV, sealed with a key derived from the client secret, so a cold
   * isolate reuses it instead of logging in. Default true with KV and a client secret.
   */
  shareTokens?: boolean;
}

/** The KV binding name used for the cache when `kv` is not given: `INFISICAL_CACHE`. */
export const DEFAULT_KV_BINDING = "INFISICAL_CACHE";

interface Isolate {
  client: InfisicalClient;
  storage: StorageLike;
}

// Keyed by `env` (one object per isolate in workerd), then by the `auth` given (or ENV_AUTH
// for the credentials bound in `env`): a client holds one identity's session and cache scope,
// so a call with other credentials never shares them. A new isolate starts empty.
const isolates = new WeakMap<object, WeakMap<object, Isolate>>();
const ENV_AUTH = {};

function namespaceOf(env: WorkersEnv, option: WorkersClientOptions["kv"]) {
  if (option === false) return undefined;
  if (option !== undefined && typeof option !== "string") return option;
  const name = option ?? DEFAULT_KV_BINDING;
  const binding = (env as Record<string, unknown>)[name];
  const isKv = (value: unknown): value is KVNamespace =>
    typeof value === "object" && value !== null && "get" in value && "put" in value;
  if (isKv(binding)) return binding;
  if (option === undefined && binding === undefined) return undefined;
  throw new InfisicalValidationError([
    { field: "kv", reason: `expected a KV namespace bound as ${name}` },
  ]);
}

function createIsolate(env: WorkersEnv, options: WorkersClientOptions): Isolate {
  const config = readEnvConfig((name) => (env as Record<string, unknown>)[name]);
  const { auth, secret } = authFromEnv(config.credentials, options.auth);
  const namespace = namespaceOf(env, options.kv);
  const storage = namespace ? kvStorage(namespace) : memoryStorage();
  const share = namespace !== undefined && secret !== undefined && options.shareTokens !== false;
  const { kv: _kv, shareTokens: _share, cache: _cache, fetch, ...rest } = options;
  const client = createClient({
    ...rest,
    siteUrl: options.siteUrl ?? config.siteUrl,
    auth,
    fetch: toFetch(fetch),
    cache: false, // each request gets its own cache view below
    tokenStore: share ? sealedTokenStore({ storage, secret }) : undefined,
  });
  return { client, storage };
}

/**
 * A client for this request. Reads `INFISICAL_SITE_URL`, `INFISICAL_CLIENT_ID` and
 * `INFISICAL_CLIENT_SECRET` (or `INFISICAL_TOKEN`) from `env`, caches in the
 * `INFISICAL_CACHE` KV namespace, shares access tokens through it, and hands background
 * refreshes to `ctx.waitUntil`. Client options are read on the isolate's first call for an
 * `env` and an `auth` (one client, session and cache scope per `auth` object: keep it at module
 * scope to reuse its login; a new one per request logs in on every request, since a given
 * `auth` shares no token through KV); cache options apply to each call.
 *
 * @param env The Worker's bindings.
 * @param ctx The request's `ExecutionContext`, for background refreshes (`waitUntil`).
 * @throws `InfisicalValidationError` when no credentials are bound and no `auth` is given, or
 * an option is invalid.
 *
 * @example
 * ```ts
 * export default {
 *   async fetch(request: Request, env: Env, ctx: ExecutionContext) {
 *     const client = createWorkersClient(env, ctx);
 *     const secret = await getSecret(client, {
 *       projectId: env.PROJECT_ID,
 *       environment: "prod",
 *       secretName: "API_KEY",
 *     });
 *     return new Response(`key of ${secret.secretValue.length} chars`);
 *   },
 * };
 * ```
 */
export function createWorkersClient(
  env: WorkersEnv,
  ctx?: WorkersContext,
  options: WorkersClientOptions = {},
): InfisicalClient {
  let byAuth = isolates.get(env);
  if (!byAuth) {
    byAuth = new WeakMap();
    isolates.set(env, byAuth);
  }
  let isolate = byAuth.get(options.auth ?? ENV_AUTH);
  if (!isolate) {
    // Validates the options (an `auth` that is not an object throws here, before the set).
    isolate = createIsolate(env, options);
    byAuth.set(options.auth ?? ENV_AUTH, isolate);
  }
  const { client, storage } = isolate;
  let cacheOptions: CacheOptions | false = false;
  if (options.cache !== false) {
    cacheOptions = { ...options.cache, storage };
    // Background refreshes (stale-while-revalidate) outlive the response only this way.
    if (ctx) cacheOptions.waitUntil = (promise) => ctx.waitUntil(promise);
  }
  return { ...client, cache: createCache(cacheOptions, client.now) };
}
