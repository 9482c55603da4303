// createClient: plain data plus a few closures. No globals, no timers left running.

import type { AuthMethod } from "./auth-method.js";
import { type Cache, type CacheOptions, createCache } from "./cache.js";
import { cacheKeyVersion, type KeyScope, shortHash } from "./cache-keys.js";
import { checkConfig } from "./config-check.js";
import { InfisicalAuthError, invalid } from "./errors.js";
import type { ClientHooks } from "./hooks.js";
import { type RetryOptions, resolveRetry } from "./retry.js";
import { type AuthSession, createSession, type TokenInfo } from "./session.js";
import type { SealedTokenStore } from "./token-store.js";
import {
  createTransport,
  isTokenRejection,
  type RequestSpec,
  type TransportResponse,
} from "./transport.js";

/** The site URL used when neither `siteUrl` nor `host` is given: Infisical Cloud (US). */
export const DEFAULT_SITE_URL = "https://app.infisical.com";

/** Options of {@link createClient}. Every field is optional. */
export interface ClientConfig {
  /** Infisical site URL. Default `https://app.infisical.com`. */
  siteUrl?: string;
  /** Alias of `siteUrl` (the Python SDK's name). `siteUrl` wins when both are set. */
  host?: string;
  /**
   * Allows an `http://` siteUrl on a host that is not loopback, which sends credentials and
   * secrets in the clear. Default false: only `localhost` (and `*.localhost`), 127.0.0.0/8
   * and `[::1]` may be reached over plain http.
   */
  allowInsecureHttp?: boolean;
  /** How to obtain an access token, e.g. `universalAuth(...)` or `tokenAuth(...)`. */
  auth?: AuthMethod;
  /** Read cache: `{ ttl: 60 }` by default (seconds, in memory); `false` turns it off. */
  cache?: CacheOptions | false;
  /**
   * A fetch implementation: the emulator, a test double, a Workers service binding. Called as
   * `fetch(url, init)` with `init.headers` a `Headers` (a wrapper may add to it).
   */
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
   * storage so that other isolates and processes of the same identity reuse it:
   * `tokenStore: sealedTokenStore({ storage, secret })`.
   */
  tokenStore?: SealedTokenStore;
}

/**
 * A client made by {@link createClient}: the site URL, the auth session, the read cache and
 * the transport. Pass it as the first argument of every operation (`getSecret(client, ...)`).
 */
export interface InfisicalClient {
  /** The normalised site URL (no trailing slash nor `/api`). */
  readonly siteUrl: string;
  /** The auth session: holds the access token, logs in, renews and revokes. */
  readonly session: AuthSession;
  /** The current token's expiry (`{ expiresAt, maxExpiresAt }`, epoch ms); never the token. */
  readonly auth: {
    /** Expiry of the current token, or undefined before the first login. */
    info(): TokenInfo | undefined;
  };
  /** The read cache (enabled by default with a 60-second TTL). */
  readonly cache: Cache;
  /** Epoch ms from the client's clock. */
  now(): number;
  /** Sends an authenticated request; on a rejected token, refreshes once and retries once. */
  send(spec: RequestSpec): Promise<TransportResponse>;
  /** Sends a request without an Authorization header (logins, renew, revoke). */
  sendAnonymous(spec: RequestSpec): Promise<TransportResponse>;
  /**
   * The cache-key scope of a project for the current identity. For a method whose identity
   * is not keyed by its credential, it first obtains a token (logging in if needed), so that
   * no cached entry is served to a client that has not proven its credential. Invalidation
   * (`{ invalidation: true }`) only needs the project's prefix and skips that proof.
   */
  keyScope(projectId: string, options?: ScopeOptions): Promise<KeyScope>;
  /** Memo of project slug → id lookups, kept for the client's lifetime. */
  readonly projectIds: Map<string, Promise<string>>;
}

/** Options of `keyScope`: an abort signal for the login it may need, and whether the scope is only for invalidation. */
export interface ScopeOptions {
  /** Aborts the login the scope may need. */
  signal?: AbortSignal | undefined;
  /** The scope serves to drop entries, not to read them: no proof of the credential needed. */
  invalidation?: boolean;
}

/** Hosts whose traffic never leaves the machine (RFC 6761 `localhost`, loopback addresses). */
const isLoopback = (hostname: string): boolean =>
  /^(127(\.\d{1,3}){3}|\[::1\]|(.*\.)?localhost)\.?$/i.test(hostname);

function normaliseSiteUrl(url: string, allowInsecureHttp: boolean): string {
  const trimmed = url.replace(/\/+$/, "").replace(/\/api$/, "");
  if (!/^https?:\/\//i.test(trimmed)) {
    invalid("siteUrl", "expected an absolute http(s) URL");
  }
  // Request paths are appended to the site URL: a query or fragment would swallow them,
  // and credentials in a URL end up in logs.
  let parsed: URL | undefined;
  try {
    parsed = new URL(trimmed);
  } catch {}
  if (!parsed || parsed.username || parsed.password || /[?#]/.test(trimmed)) {
    invalid("siteUrl", "expected a URL without query, fragment or credentials");
  }
  if (parsed.protocol === "http:" && !isLoopback(parsed.hostname) && !allowInsecureHttp) {
    invalid(
      "siteUrl",
      "expected https:// (plain http is only for loopback hosts; set allowInsecureHttp: true to send credentials in the clear anyway)",
    );
  }
  return trimmed;
}

/**
 * Creates a client: plain data and a few closures, no global state and no timer left running.
 * Nothing is sent until the first operation; the first request logs in with `auth`.
 *
 * @param config Site URL, auth method, cache, retry and transport options; all optional.
 * @returns A client to pass to the operations of the area packages.
 * @throws {@link InfisicalValidationError} when an option is invalid (e.g. `siteUrl` is not
 * an absolute https URL, or plain http to a host that is not loopback), before any request.
 *
 * @example
 * ```ts
 * import { createClient } from "@infisical-edge/core";
 * import { universalAuth } from "@infisical-edge/auth";
 *
 * const client = createClient({
 *   auth: universalAuth({ clientId, clientSecret }),
 *   cache: { ttl: 60 },
 * });
 * ```
 */
export function createClient(config: ClientConfig = {}): InfisicalClient {
  checkConfig(config);
  const siteUrl = normaliseSiteUrl(
    config.siteUrl ?? config.host ?? DEFAULT_SITE_URL,
    config.allowInsecureHttp === true,
  );
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
  const tokenStore = config.tokenStore?.open(siteHash);
  const session = createSession(config.auth, transport, now, tokenStore);
  const cache = createCache(config.cache, now);
  // Entries are keyed by an identity anyone can compute from a public id: serve them only
  // once this client holds a token the server issued for that identity.
  const provenBySession = config.auth !== undefined && config.auth.identityProof !== "credential";

  async function send(spec: RequestSpec): Promise<TransportResponse> {
    // A fresh token is used at once, without waiting on a promise.
    const token = session.ready() ?? (await session.token(spec.signal));
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
    async keyScope(projectId, options) {
      if (provenBySession && !options?.invalidation) await session.token(options?.signal);
      const [site, identity] = await Promise.all([siteHash, session.identity()]);
      return { project: `${cacheKeyVersion}:${site}:${encodeURIComponent(projectId)}`, identity };
    },
    projectIds: new Map(),
  };
}
