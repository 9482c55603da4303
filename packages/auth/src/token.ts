import type { InfisicalClient, TokenInfo } from "@infisical-edge/core";

/** Renews the client's access token now (logging in first if needed); returns the new expiry. */
export function renewToken(client: InfisicalClient, signal?: AbortSignal): Promise<TokenInfo> {
  return client.session.renew(signal);
}

/** Revokes the client's access token; the next request logs in again. */
export function revokeToken(client: InfisicalClient, signal?: AbortSignal): Promise<void> {
  return client.session.revoke(signal);
}

/** Expiry of the current token (undefined before the first login). Never the token itself. */
export function tokenInfo(client: InfisicalClient): TokenInfo | undefined {
  return client.session.info();
}
