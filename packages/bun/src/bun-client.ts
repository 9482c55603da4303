// createBunClient: the core client configured from Bun.env, with an optional bun:sqlite file
// as the cache and token store, so a restarted process reuses its token and cached reads.

import { authFromEnv } from "@infisical-edge/auth";
import {
  type CacheOptions,
  type ClientConfig,
  createClient,
  type InfisicalClient,
  InfisicalValidationError,
  readEnvConfig,
  sealedTokenStore,
} from "@infisical-edge/core";
import { sqliteStorage } from "./sqlite-storage.js";

/**
 * Options of {@link createBunClient}: those of `createClient` (all optional), plus the Bun ones.
 */
export interface BunClientOptions extends Omit<ClientConfig, "tokenStore"> {
  /**
   * A SQLite file for the cache and the sealed access token, kept across restarts and shared
   * by the processes that open it. Ignored when `cache.storage` is given. Default: memory.
   */
  cacheFile?: string;
  /**
   * Keep the access token in the cache's storage (the file, or `cache.storage`), sealed with
   * the client secret, so other processes and restarts reuse it. Default true.
   */
  shareTokens?: boolean;
  /** Where `INFISICAL_*` are read from. Default `Bun.env`. */
  env?: Record<string, string | undefined>;
}

function invalid(field: string, reason: string): never {
  throw new InfisicalValidationError([{ field, reason }]);
}

/**
 * A client configured from `Bun.env`: `INFISICAL_SITE_URL`, and `INFISICAL_CLIENT_ID` with
 * `INFISICAL_CLIENT_SECRET` (universal auth) or `INFISICAL_TOKEN` (token auth), unless
 * `auth` is given. With `cacheFile`, the cache and the sealed access token live in SQLite.
 *
 * @throws `InfisicalValidationError` when no credentials are set and no `auth` is given, or
 * an option is invalid.
 *
 * @example
 * ```ts
 * const client = createBunClient({ cacheFile: "/tmp/infisical.sqlite" });
 * const secret = await getSecret(client, { projectId, environment: "prod", secretName: "DB_URL" });
 * ```
 */
export function createBunClient(options: BunClientOptions = {}): InfisicalClient {
  const { cacheFile, shareTokens, env, ...config } = options;
  if (cacheFile !== undefined && (typeof cacheFile !== "string" || cacheFile === "")) {
    invalid("cacheFile", "expected a file path");
  }
  if (shareTokens !== undefined && typeof shareTokens !== "boolean") {
    invalid("shareTokens", "expected true or false");
  }
  const source = env ?? Bun.env;
  const fromEnv = readEnvConfig((name) => source[name]);
  const { auth, secret } = authFromEnv(fromEnv.credentials, config.auth);
  let cache: CacheOptions | false | undefined = config.cache;
  if (cacheFile && cache !== false && !cache?.storage) {
    try {
      cache = { ...cache, storage: sqliteStorage({ path: cacheFile, now: config.now }) };
    } catch (error) {
      // SQLITE_CANTOPEN and the like: say which option, and why in a word (no path quoted).
      const code = (error as { code?: unknown }).code;
      invalid(
        "cacheFile",
        `expected a SQLite file Bun can open (${typeof code === "string" ? code : "error"})`,
      );
    }
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
