// createClient: plain data plus a few closures. No globals, no timers left running.

import type { AuthMethod } from "./auth-method";
import { type Cache, type CacheOptions, createCache } from "./cache";
import { cacheKeyVersion, type KeyScope, shortHash } from "./cache-keys";
import { checkConfig } from "./config-check";
import { InfisicalAuthError, InfisicalValidationError } from "./errors";
import type { ClientHooks } from "./hooks";
import { type RetryOptions, resolveRetry } from "./retry";
import { type AuthSession, createSession, type TokenInfo } from "./session";
import { createTokenStore, type TokenStoreOptions } from "./token-store";
import {
  createTransport,
  isTokenRejection,
  type RequestSpec,
  type TransportResponse,
} from "./transport";

export const DEFAULT_SITE_URL = "https://app.infisical.com";

export interface ClientConfig {
  /** Infisical site URL. Default `https://app.infisical.com`. */
  siteUrl?: string;
  /** Alias of `siteUrl` (the Python SDK's name). `siteUrl` wins when both are set. */
  host?: string;
  /** How to obtain an access token, e.g. `universalAuth(...)` or `tokenAuth(...)`. */
  auth?: AuthMethod;
  /** Read cache: `{ ttl: 60 }` by default (seconds, in memory); `false` turns it off. */
  cache?: CacheOptions | false;
  /** A fetch implementation: the emulator, a test double, a Workers service binding. */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout in ms. Default 15000. */
  timeout?: number;
  /** Retry policy; a number sets the retry count; `false` disables retries. */
  retry?: RetryOptions | number | false;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * ofetch hooks (a function or an array each), called with ofetch's context for every
   * request, logins included. They see tokens and secret values: never log them whole.
   */
  hooks?: ClientHooks;
  /** Clock in epoch ms (tests inject one). Default `Date.now`. */
  now?: () => number;
  /**
   * Opt-in: keep the access token, sealed with a key derived from `secret`, in a shared
   * storage so that other isolates and processes of the same identity reuse it.
   */
  tokenStore?: TokenStoreOptions;
}

export interface InfisicalClient {
  readonly siteUrl: string;
  readonly session: AuthSession;
  /** The current token's expiry (`{ expiresAt, maxExpiresAt }`, epoch ms); never the token. */
  readonly auth: { info(): TokenInfo | undefined };
  readonly cache: Cache;
  /** Epoch ms from the client's clock. */
  now(): number;
  /** Sends an authenticated request; on a rejected token, refreshes once and retries once. */
  send(spec: RequestSpec): Promise<TransportResponse>;
  /** Sends a request without an Authorization header (logins, renew, revoke). */
  sendAnonymous(spec: RequestSpec): Promise<TransportResponse>;
  /** The cache-key scope of a project for the current identity. */
  keyScope(projectId: string): Promise<KeyScope>;
  /** Memo of project slug → id lookups, kept for the client's lifetime. */
  readonly projectIds: Map<string, Promise<string>>;
}

function normaliseSiteUrl(url: string): string {
  const trimmed = url.replace(/\/+$/, "").replace(/\/api$/, "");
  if (!/^https?:\/\//i.test(trimmed)) {
    throw new InfisicalValidationError([
      { field: "siteUrl", reason: "expected an absolute http(s) URL" },
    ]);
  }
  // Request paths are appended to the site URL: a query or fragment would swallow them,
  // and credentials in a URL end up in logs.
  let parsed: URL | undefined;
  try {
    parsed = new URL(trimmed);
  } catch {}
  if (!parsed || parsed.username || parsed.password || /[?#]/.test(trimmed)) {
    throw new InfisicalValidationError([
      { field: "siteUrl", reason: "expected a URL without query, fragment or credentials" },
    ]);
  }
  return trimmed;
}

export function createClient(config: ClientConfig = {}): InfisicalClient {
  checkConfig(config);
  const siteUrl = normaliseSiteUrl(config.siteUrl ?? config.host ?? DEFAULT_SITE_URL);
  const now = config.now ?? Date.now;
  const transport = createTransport({
    baseURL: siteUrl,
    fetch: config.fetch,
    timeout: config.timeout ?? 15_000,
    retry: resolveRetry(config.retry),
    headers: config.headers ?? {},
    hooks: config.hooks,
  });
  const siteHash = shortHash(siteUrl);
  const tokenStore = config.tokenStore && createTokenStore(config.tokenStore, siteHash);
  const session = createSession(config.auth, transport, now, tokenStore);
  const cache = createCache(config.cache, now);

  async function send(spec: RequestSpec): Promise<TransportResponse> {
    const token = await session.token(spec.signal);
    try {
      return await transport(spec, token);
    } catch (error) {
      if (!(error instanceof InfisicalAuthError) || !isTokenRejection(error.status, error.error)) {
        throw error;
      }
      // The token is no longer good (revoked, expired early): one refresh, one retry.
      session.reject(token);
      if (!session.canRelogin) throw error;
      return transport(spec, await session.token(spec.signal));
    }
  }

  return {
    siteUrl,
    session,
    auth: { info: () => session.info() },
    cache,
    now,
    send,
    sendAnonymous: (spec) => transport(spec),
    async keyScope(projectId) {
      const [site, identity] = await Promise.all([siteHash, session.identity()]);
      return { project: `${cacheKeyVersion}:${site}:${encodeURIComponent(projectId)}`, identity };
    },
    projectIds: new Map(),
  };
}
