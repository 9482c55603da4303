// The contract between the client's auth session and an auth method (universal auth,
// token auth, AWS IAM...). A method only knows how to obtain a token; the session decides
// when (lazily, once for concurrent callers, again before expiry or after a rejection).

import * as v from "valibot";
import type { RequestSpec, TransportResponse } from "./transport";
import { parseResponse } from "./validate";

export interface AccessToken {
  accessToken: string;
  /** Seconds until the token expires; `Infinity` when unknown (token auth). */
  expiresIn: number;
  /** Seconds after login beyond which the token can no longer be renewed; 0 = unlimited. */
  accessTokenMaxTTL: number;
}

export interface LoginContext {
  /** Sends an unauthenticated request through the client's transport (timeout, retries). */
  send(spec: RequestSpec): Promise<TransportResponse>;
  signal?: AbortSignal | undefined;
}

export interface AuthMethod {
  /** Short name, e.g. `universal-auth`. */
  readonly kind: string;
  /**
   * A label for this identity that is safe to store in cache keys: an id, or a hash of a
   * credential, never a credential in the clear.
   */
  identity(): string | Promise<string>;
  login(context: LoginContext): Promise<AccessToken>;
  /** False when logging in again cannot produce a different token (token auth). */
  readonly canRelogin?: boolean;
  /** False when the token cannot be renewed through `/api/v1/auth/token/renew`. */
  readonly renewable?: boolean;
}

export const LoginResponseSchema = v.looseObject({
  accessToken: v.string(),
  expiresIn: v.number(),
  accessTokenMaxTTL: v.number(),
  tokenType: v.optional(v.string()),
});

/** POSTs a login body and validates the token response; shared by every login route. */
export async function postLogin(
  context: LoginContext,
  path: string,
  body: Record<string, unknown>,
): Promise<AccessToken> {
  const response = await context.send({
    method: "POST",
    path,
    body,
    signal: context.signal,
    idempotent: true,
  });
  const token = parseResponse(LoginResponseSchema, response, "POST", path);
  return {
    accessToken: token.accessToken,
    expiresIn: token.expiresIn,
    accessTokenMaxTTL: token.accessTokenMaxTTL,
  };
}
