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
  env?: { get(name: string): string | undefined };
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
