// createDenoClient: the core client configured from Deno.env, optionally caching in Deno KV.
// Only the INFISICAL_* names are read, each on its own, so `--allow-env=INFISICAL_SITE_URL,...`
// is enough; a variable the permissions do not cover counts as unset.

import { authFromEnv } from "@infisical-edge/auth";
import {
  type CacheOptions,
  type ClientConfig,
  createClient,
  type InfisicalClient,
  readEnvConfig,
  sealedTokenStore,
} from "@infisical-edge/core";
import { type DenoKvStorageOptions, denoKvStorage } from "./kv-storage.ts";

/**
 * Options of {@link createDenoClient}: those of `createClient` (all optional), plus the Deno ones.
 */
export interface DenoClientOptions extends Omit<ClientConfig, "tokenStore"> {
  /**
   * Cache in Deno KV (and share the sealed access token through it): `true` opens Deno's
   * default store, or pass `{ kv }` / `{ path }`. Ignored when `cache.storage` is given.
   */
  kv?: boolean | DenoKvStorageOptions;
  /**
   * Keep the access token in the cache's storage (Deno KV, or `cache.storage`), sealed with
   * the client secret, so other isolates and restarts reuse it. Default true.
   */
  shareTokens?: boolean;
  /** Where `INFISICAL_*` are read from. Default `Deno.env`. */
  env?: {
    /** The value of one variable, or undefined when unset. */
    get(name: string): string | undefined;
  };
}

function readable(env: { get(name: string): string | undefined }) {
  return (name: string) => {
    try {
      return env.get(name);
    } catch {
      return undefined; // not covered by --allow-env
    }
  };
}

/**
 * A client configured from `Deno.env`: `INFISICAL_SITE_URL`, and `INFISICAL_CLIENT_ID` with
 * `INFISICAL_CLIENT_SECRET` (universal auth) or `INFISICAL_TOKEN` (token auth), unless
 * `auth` is given. With `kv`, the cache and the sealed access token live in Deno KV.
 *
 * @throws `InfisicalValidationError` when no credentials are set and no `auth` is given, or
 * an option is invalid.
 *
 * @example
 * ```ts
 * const client = createDenoClient({ kv: true });
 * const secret = await getSecret(client, { projectId, environment: "prod", secretName: "DB_URL" });
 * ```
 */
export function createDenoClient(options: DenoClientOptions = {}): InfisicalClient {
  const { kv, shareTokens, env, ...config } = options;
  const fromEnv = readEnvConfig(readable(env ?? Deno.env));
  const { auth, secret } = authFromEnv(fromEnv.credentials, config.auth);
  let cache: CacheOptions | false | undefined = config.cache;
  if (kv && cache !== false && !cache?.storage) {
    cache = { ...cache, storage: denoKvStorage(kv === true ? {} : kv) };
  }
  const storage = cache ? cache.storage : undefined;
  return createClient({
    ...config,
    siteUrl: config.siteUrl ?? fromEnv.siteUrl,
    auth,
    cache,
    tokenStore:
      storage && secret && shareTokens !== false
        ? sealedTokenStore({ storage, secret })
        : undefined,
  });
}
