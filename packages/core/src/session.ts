// The auth session: holds the access token and its expiry, logs in lazily, shares one
// login between concurrent callers, renews shortly before expiry, and logs in again when
// renewal is refused or the max TTL is near.

import type { AccessToken, AuthMethod, LoginContext } from "./auth-method";
import { LoginResponseSchema } from "./auth-method";
import { InfisicalApiError, InfisicalValidationError } from "./errors";
import type { Transport } from "./transport";
import { parseResponse } from "./validate";

interface TokenState {
  accessToken: string;
  expiresAt: number;
  /** When the token can no longer be renewed (Infinity when unlimited). */
  maxExpiresAt: number;
  ttlMs: number;
}

export interface TokenInfo {
  /** Epoch ms at which the current token expires (Infinity when unknown). */
  expiresAt: number;
  /** Epoch ms past which renewals are refused (Infinity when unlimited). */
  maxExpiresAt: number;
}

export interface AuthSession {
  readonly method: AuthMethod | undefined;
  /** A valid access token, logging in or renewing first when needed. */
  token(signal?: AbortSignal): Promise<string>;
  /** Forgets `token` after the server rejected it, so the next call logs in again. */
  reject(token: string): void;
  /** Whether a rejected token can be replaced by logging in again. */
  readonly canRelogin: boolean;
  /** Expiry of the current token, or undefined before the first login. Never the token. */
  info(): TokenInfo | undefined;
  renew(signal?: AbortSignal): Promise<TokenInfo>;
  revoke(signal?: AbortSignal): Promise<void>;
  identity(): Promise<string>;
}

const RENEW_PATH = "/api/v1/auth/token/renew";
const REVOKE_PATH = "/api/v1/auth/token/revoke";

/** Renew this long before expiry: 10% of the TTL, capped to [1 s, 60 s]. */
const renewMargin = (ttlMs: number) => Math.min(60_000, Math.max(1000, ttlMs / 10));

export function createSession(
  method: AuthMethod | undefined,
  send: Transport,
  now: () => number,
): AuthSession {
  let state: TokenState | undefined;
  let pending: Promise<TokenState> | undefined;
  let identity: Promise<string> | undefined;

  const context = (signal?: AbortSignal): LoginContext => ({
    send: (spec) => send(spec),
    signal,
  });

  function adopt(token: AccessToken, firstLoginAt: number, previousMax?: number): TokenState {
    const ttlMs = Number.isFinite(token.expiresIn) ? token.expiresIn * 1000 : Infinity;
    const maxExpiresAt =
      previousMax ??
      (token.accessTokenMaxTTL > 0 ? firstLoginAt + token.accessTokenMaxTTL * 1000 : Infinity);
    return { accessToken: token.accessToken, expiresAt: now() + ttlMs, maxExpiresAt, ttlMs };
  }

  async function login(signal?: AbortSignal): Promise<TokenState> {
    if (!method) {
      throw new InfisicalValidationError([
        { field: "auth", reason: "no auth method configured on the client" },
      ]);
    }
    const started = now();
    return adopt(await method.login(context(signal)), started);
  }

  async function renewState(current: TokenState, signal?: AbortSignal): Promise<TokenState> {
    const response = await send({
      method: "POST",
      path: RENEW_PATH,
      body: { accessToken: current.accessToken },
      signal,
      idempotent: true,
    });
    const token = parseResponse(LoginResponseSchema, response, "POST", RENEW_PATH);
    // Renewal answers with the token to use from now on (newer servers sign a new one).
    return adopt(token, now(), current.maxExpiresAt);
  }

  async function refresh(signal?: AbortSignal): Promise<TokenState> {
    const current = state;
    const renewable = method?.renewable !== false;
    if (current && renewable && now() + current.ttlMs < current.maxExpiresAt) {
      try {
        return await renewState(current, signal);
      } catch (error) {
        if (!(error instanceof InfisicalApiError)) throw error;
        // Renewal refused (revoked, past max TTL...): fall through to a fresh login.
      }
    }
    return login(signal);
  }

  function singleFlight(run: () => Promise<TokenState>): Promise<TokenState> {
    pending ??= run()
      .then((next) => {
        state = next;
        return next;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  }

  const session: AuthSession = {
    method,
    canRelogin: method?.canRelogin !== false,
    async token(signal) {
      if (pending) return (await pending).accessToken;
      const current = state;
      if (current && now() < current.expiresAt - renewMargin(current.ttlMs)) {
        return current.accessToken;
      }
      return (await singleFlight(() => (current ? refresh(signal) : login(signal)))).accessToken;
    },
    reject(token) {
      if (state?.accessToken === token) state = undefined;
    },
    info() {
      return state && { expiresAt: state.expiresAt, maxExpiresAt: state.maxExpiresAt };
    },
    async renew(signal) {
      await session.token(signal);
      const current = state as TokenState;
      const next = await singleFlight(() => renewState(current, signal));
      return { expiresAt: next.expiresAt, maxExpiresAt: next.maxExpiresAt };
    },
    async revoke(signal) {
      const current = state;
      if (!current) return;
      state = undefined;
      await send({
        method: "POST",
        path: REVOKE_PATH,
        body: { accessToken: current.accessToken },
        signal,
        idempotent: true,
      });
    },
    identity() {
      if (!method) return Promise.resolve("anonymous");
      identity ??= Promise.resolve(method.identity());
      return identity;
    },
  };
  return session;
}
