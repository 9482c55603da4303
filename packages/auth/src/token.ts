import type { InfisicalClient, TokenInfo } from "@infisical-edge/core";
import { parseOptions, schemas } from "@infisical-edge/core/internal";

/** Renews the client's access token now (logging in first if needed); returns the new expiry. */
export async function renewToken(
  client: InfisicalClient,
  signal?: AbortSignal,
): Promise<TokenInfo> {
  return client.session.renew(parseOptions(schemas.Signal, signal, "signal"));
}

/** Revokes the client's access token; the next request logs in again. */
export async function revokeToken(client: InfisicalClient, signal?: AbortSignal): Promise<void> {
  return client.session.revoke(parseOptions(schemas.Signal, signal, "signal"));
}

/** Expiry of the current token (undefined before the first login). Never the token itself. */
export function tokenInfo(client: InfisicalClient): TokenInfo | undefined {
  return client.session.info();
}
