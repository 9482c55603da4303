// The auth session: holds the access token and its expiry, logs in lazily, shares one
// login between concurrent callers, renews shortly before expiry, and logs in again when
// renewal is refused or the max TTL is near. With a token store, the token is also kept
// (sealed) in a shared storage so that a cold isolate or a new process reuses it.

import type { AccessToken, AuthMethod } from "./auth-method.js";
import { LoginResponseSchema } from "./auth-method.js";
import { isPassingFailure } from "./cache.js";
import { InfisicalApiError, invalid } from "./errors.js";
import { createSingleFlight } from "./single-flight.js";
import type { TokenStore } from "./token-store.js";
import type { Transport } from "./transport.js";
import { parseResponse } from "./validate.js";

interface TokenState {
  accessToken: string;
  expiresAt: number;
  /** When the token can no longer be renewed (Infinity when unlimited). */
  maxExpiresAt: number;
  ttlMs: number;
  /** After a failed early renewal: the token serves as is until then, then renewal retries. */
  retryAt?: number;
}

/** The current token's lifetimes (epoch ms); never the token itself. */
export interface TokenInfo {
  /** Epoch ms at which the current token expires (Infinity when unknown). */
  expiresAt: number;
  /** Epoch ms past which renewals are refused (Infinity when unlimited). */
  maxExpiresAt: number;
}

/**
 * A client's auth session (`client.session`): holds the access token and obtains, renews and
 * revokes it through the client's {@link AuthMethod}.
 */
export interface AuthSession {
  /** The auth method given to `createClient`, if any. */
  readonly method: AuthMethod | undefined;
  /** A valid access token, logging in or renewing first when needed. */
  token(signal?: AbortSignal): Promise<string>;
  /** Forgets `token` after the server rejected it, so the next call logs in again. */
  reject(token: string): void;
  /** Whether a rejected token can be replaced by logging in again. */
  readonly canRelogin: boolean;
  /** Expiry of the current token, or undefined before the first login. Never the token. */
  info(): TokenInfo | undefined;
  /**
   * Renews the current token now (`POST /api/v1/auth/token/renew`), logging in first if there is
   * none.
   *
   * @returns The renewed token's lifetimes.
   * @throws {@link InfisicalApiError} when the server refuses the renewal.
   */
  renew(signal?: AbortSignal): Promise<TokenInfo>;
  /**
   * Revokes the current token on the server (`POST /api/v1/auth/token/revoke`) and forgets it;
   * the next request logs in again. Does nothing when no token is held.
   */
  revoke(signal?: AbortSignal): Promise<void>;
  /** The identity label of the auth method (a keyed hash, safe in cache keys), computed once. */
  identity(): Promise<string>;
}

const RENEW_PATH = "/api/v1/auth/token/renew";
const REVOKE_PATH = "/api/v1/auth/token/revoke";

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Renew this long before expiry: 10% of the TTL, capped to [1 s, 60 s]. */
const renewMargin = (ttlMs: number) => clamp(ttlMs / 10, 1000, 60_000);

// What a login or renew answer's lifetimes mean. `expiresIn: 0` is a token that never
// expires (Infisical issues those); a negative, non-finite or tiny value is nonsense that
// must not turn into a login per request, so it counts as the shortest lifetime below;
// anything beyond ten years counts as no expiry.
const MIN_TOKEN_TTL_S = 10;
const MAX_TOKEN_TTL_S = 315_360_000; // ten years

/** Token lifetime in ms (Infinity: never expires). */
export function tokenLifetimeMs(expiresIn: number): number {
  if (expiresIn === 0 || expiresIn > MAX_TOKEN_TTL_S) return Infinity;
  // NaN and -Infinity fail the comparison too (Math.max would keep NaN).
  return expiresIn >= MIN_TOKEN_TTL_S ? expiresIn * 1000 : MIN_TOKEN_TTL_S * 1000;
}

/** Max TTL in ms (Infinity: renewable without limit); nonsense (NaN too) counts as unlimited. */
const maxLifetimeMs = (maxTtl: number) =>
  maxTtl > 0 && maxTtl <= MAX_TOKEN_TTL_S ? maxTtl * 1000 : Infinity;

/** A token's lifetimes, without the token. */
const lifetimes = (token: TokenState): TokenInfo => ({
  expiresAt: token.expiresAt,
  maxExpiresAt: token.maxExpiresAt,
});

/** The client's view of a session: also the token it can use at once, without a promise. */
export interface ClientSession extends AuthSession {
  /** The held token while it is fresh and no login or renewal is under way; else undefined. */
  ready(): string | undefined;
}

export function createSession(
  method: AuthMethod | undefined,
  send: Transport,
  now: () => number,
  store?: TokenStore,
): ClientSession {
  let state: TokenState | undefined;
  const flights = createSingleFlight();
  // Explicit renewals fly apart: a request never joins (nor fails with) one.
  const renewals = createSingleFlight();
  let identity: Promise<string> | undefined;
  /** The last token the server rejected: never adopted again from the store. */
  let rejected: string | undefined;
  // Token auth cannot log in to a different token: there is nothing worth sharing. Read at
  // each use: a method may learn what it is only at first login (envAuth).
  const canRelogin = () => method?.canRelogin !== false;
  const sharedStore = () => (canRelogin() ? store : undefined);

  /** Renew and revoke: the token goes in the body. */
  const post = (path: string, token: TokenState, signal?: AbortSignal) =>
    send({
      method: "POST",
      path,
      body: { accessToken: token.accessToken },
      signal,
      idempotent: true,
    });

  /** Best effort: a store that fails (or an identity that cannot be computed) fails nothing. */
  async function toStore(op: "save" | "remove" | "failed", token?: TokenState): Promise<void> {
    const shared = sharedStore();
    try {
      await shared?.[op](await session.identity(), token as TokenState);
    } catch {}
  }

  /** `maxExpiresAt`: set by the first login, kept by every renewal. */
  function adopt(token: AccessToken, maxExpiresAt: number): TokenState {
    const ttlMs = tokenLifetimeMs(token.expiresIn);
    return { accessToken: token.accessToken, expiresAt: now() + ttlMs, maxExpiresAt, ttlMs };
  }

  async function login(signal?: AbortSignal): Promise<TokenState> {
    if (!method) invalid("auth", "no auth method configured on the client");
    const started = now();
    const token = await method.login({ send: (spec) => send(spec), signal });
    return adopt(token, started + maxLifetimeMs(token.accessTokenMaxTTL));
  }

  async function renewState(current: TokenState, signal?: AbortSignal): Promise<TokenState> {
    const response = await post(RENEW_PATH, current, signal);
    const token = parseResponse(LoginResponseSchema, response, "POST", RENEW_PATH);
    // Renewal answers with the token to use from now on: the same string or, on some server
    // versions, a newly signed one.
    return adopt(token, current.maxExpiresAt);
  }

  /**
   * A renewal or login before expiry failed for a passing reason (network, timeout, 429,
   * 5xx): the current token still works, so it keeps serving and renewal retries later
   * (after a quarter of what is left, within [1 s, 30 s]).
   */
  function keepCurrent(current: TokenState | undefined, error: unknown, signal?: AbortSignal) {
    const at = now();
    if (!current || at >= current.expiresAt || signal?.aborted || !isPassingFailure(error)) {
      throw error;
    }
    const left = current.expiresAt - at;
    return { ...current, retryAt: at + Math.min(left, clamp(left / 4, 1000, 30_000)) };
  }

  async function refresh(signal?: AbortSignal): Promise<TokenState> {
    const current = state;
    const renewable = method?.renewable !== false;
    if (current && renewable && now() + current.ttlMs < current.maxExpiresAt) {
      try {
        return await renewState(current, signal);
      } catch (error) {
        if (!(error instanceof InfisicalApiError) || isPassingFailure(error)) {
          return keepCurrent(current, error, signal);
        }
        // Renewal refused (revoked, past max TTL...): fall through to a fresh login.
      }
    }
    try {
      return await login(signal);
    } catch (error) {
      return keepCurrent(current, error, signal);
    }
  }

  const fresh = (token: TokenState) => {
    const at = now();
    if (token.retryAt !== undefined && at < token.retryAt) return at < token.expiresAt;
    return at < token.expiresAt - renewMargin(token.ttlMs);
  };

  /** First use (or after a rejection): reuse a stored token, renew it, or log in. */
  async function obtain(signal?: AbortSignal): Promise<TokenState> {
    // A token another client left in the store, when it is not one the server rejected.
    const shared = sharedStore();
    const loaded = shared && (await shared.load(await session.identity()));
    const stored =
      loaded && loaded.accessToken !== rejected && now() < loaded.expiresAt ? loaded : undefined;
    if (stored && fresh(stored)) return stored;
    state = stored ?? state;
    let next: TokenState;
    try {
      next = await (state ? refresh(signal) : login(signal));
    } catch (error) {
      await toStore("failed");
      throw error;
    }
    await toStore("save", next);
    return next;
  }

  const session: ClientSession = {
    method,
    get canRelogin() {
      return canRelogin();
    },
    ready() {
      const current = state;
      return flights.size === 0 && current && fresh(current) ? current.accessToken : undefined;
    },
    async token(signal) {
      const ready = session.ready();
      if (ready) return ready;
      // One login/renewal at a time, shared by every caller. Each caller's signal only ends
      // its own wait; the shared work is aborted once every waiting caller has aborted.
      const next = await flights.run(
        "token",
        async (shared) => {
          state = await obtain(shared);
          return state;
        },
        signal,
      );
      return next.accessToken;
    },
    reject(token) {
      rejected = token;
      if (state?.accessToken === token) state = undefined;
    },
    info() {
      return state && lifetimes(state);
    },
    async renew(signal) {
      await session.token(signal);
      // The token may have been rejected in between: obtain one again before renewing.
      if (!state) await session.token(signal);
      const current = state;
      if (!current) invalid("auth", "no token to renew");
      return lifetimes(
        await renewals.run(
          "renew",
          async (shared) => {
            const renewed = await renewState(current, shared);
            // Adopted only if no rejection, login or other renewal replaced the token meanwhile.
            if (state === current || state?.accessToken === current.accessToken) state = renewed;
            await toStore("save", renewed);
            return renewed;
          },
          signal,
        ),
      );
    },
    async revoke(signal) {
      const current = state;
      if (!current) return;
      state = undefined;
      rejected = current.accessToken;
      // A store that fails must not keep the revoke from reaching the server.
      await toStore("remove");
      await post(REVOKE_PATH, current, signal);
    },
    identity() {
      identity ??= Promise.resolve(method ? method.identity() : "anonymous");
      return identity;
    },
  };
  return session;
}
