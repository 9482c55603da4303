// The contract between the client's auth session and an auth method (universal auth,
// token auth, AWS IAM...). A method only knows how to obtain a token; the session decides
// when (lazily, once for concurrent callers, again before expiry or after a rejection).

import * as v from "valibot";
import { InfisicalApiError, InfisicalAuthError } from "./errors.js";
import type { RequestSpec, TransportResponse } from "./transport.js";
import { parseResponse } from "./validate.js";

/** An access token as a login route returns it, before the session adopts it. */
export interface AccessToken {
  /** The bearer token sent as `Authorization: Bearer <token>`. */
  accessToken: string;
  /** Seconds until the token expires; `Infinity` when unknown (token auth). */
  expiresIn: number;
  /** Seconds after login beyond which the token can no longer be renewed; 0 = unlimited. */
  accessTokenMaxTTL: number;
  /** As the login route answered it (`Bearer`); absent for token auth. */
  tokenType?: string;
}

/** What an {@link AuthMethod} gets to log in: a way to send requests and the caller's signal. */
export interface LoginContext {
  /** Sends an unauthenticated request through the client's transport (timeout, retries). */
  send(spec: RequestSpec): Promise<TransportResponse>;
  /** The signal of the call that triggered the login; pass it on to any request you send. */
  signal?: AbortSignal | undefined;
}

/**
 * How a client obtains an access token (universal auth, token auth, AWS IAM...).
 * The client's session decides when to call `login`: lazily, once for concurrent callers,
 * and again before expiry or after the server rejected the token. The `@infisical-edge/auth`
 * package provides the built-in methods; implement this interface for a custom login.
 */
export interface AuthMethod {
  /** Short name, e.g. `universal-auth`. */
  readonly kind: string;
  /**
   * A label for this identity that is safe to store in cache keys: a keyed hash, never a
   * credential in the clear (see `identityProof`).
   */
  identity(): string | Promise<string>;
  /**
   * What computing `identity()` proves. `credential`: it is keyed by secret material only
   * the credential's holder has (see `credentialIdentity`), so a wrong secret yields another
   * label and never meets this identity's cache entries. `session` (the default, also for
   * methods that leave it out): it is built from public ids, so the client serves a cached
   * entry only after this client has obtained a token (a login the server accepted).
   */
  readonly identityProof?: "credential" | "session";
  /**
   * Logs in and resolves to a fresh token.
   *
   * @throws {@link InfisicalAuthError} when the server refuses the credentials.
   */
  login(context: LoginContext): Promise<AccessToken>;
  /** False when logging in again cannot produce a different token (token auth). */
  readonly canRelogin?: boolean;
  /** False when the token cannot be renewed through `/api/v1/auth/token/renew`. */
  readonly renewable?: boolean;
}

export const LoginResponseSchema = v.looseObject({
  // Sent back as `Authorization: Bearer <token>`: a control character would make fetch throw
  // an error quoting it.
  accessToken: v.pipe(v.string(), v.regex(/^[\x21-\x7e]+$/, "a token of visible ASCII")),
  expiresIn: v.number(),
  accessTokenMaxTTL: v.number(),
  tokenType: v.optional(v.string()),
});

/**
 * POSTs a login body and validates the token response; shared by every login route.
 * `sensitive` lists extra strings (signatures...) to scrub from error messages, beyond the
 * body fields the transport already treats as secret.
 */
export async function postLogin(
  context: LoginContext,
  path: string,
  body: Record<string, unknown>,
  sensitive?: string[],
): Promise<AccessToken> {
  const response = await context
    .send({ method: "POST", path, body, signal: context.signal, idempotent: true, sensitive })
    .catch((error: unknown) => {
      throw asLoginRefusal(error);
    });
  const token = parseResponse(LoginResponseSchema, response, "POST", path);
  return {
    accessToken: token.accessToken,
    expiresIn: token.expiresIn,
    accessTokenMaxTTL: token.accessTokenMaxTTL,
    ...(token.tokenType === undefined ? {} : { tokenType: token.tokenType }),
  };
}

/**
 * A login answered 4xx (bad credentials 401, unknown identity or auth method 404, a claim or
 * signature refused 400/403...) was refused: it surfaces as InfisicalAuthError with the
 * server's status and message. 429 stays an InfisicalApiError (try later, not refused).
 */
function asLoginRefusal(error: unknown): unknown {
  if (
    !(error instanceof InfisicalApiError) ||
    error instanceof InfisicalAuthError ||
    error.status < 400 ||
    error.status >= 500 ||
    error.status === 429
  ) {
    return error;
  }
  return new InfisicalAuthError({
    status: error.status,
    error: error.error,
    serverMessage: error.serverMessage,
    requestId: error.requestId,
    method: error.method,
    path: error.path,
  });
}
