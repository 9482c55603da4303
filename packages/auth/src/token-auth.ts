import type { AuthMethod } from "@infisical-edge/core";
import { credentialIdentity, parseOptions, schemas } from "@infisical-edge/core/internal";

/**
 * Token Auth: an access token minted in the dashboard or API. There is no login call; its
 * expiry is unknown to the client, so it is used until the server rejects it.
 */
export function tokenAuth(accessToken: string): AuthMethod {
  const token = parseOptions(schemas.NonEmpty, accessToken, "accessToken");
  return {
    kind: "token-auth",
    identity: () => credentialIdentity("token-auth", token),
    identityProof: "credential",
    login: async () => ({ accessToken: token, expiresIn: Infinity, accessTokenMaxTTL: 0 }),
    // Logging in again would hand back the same rejected token.
    canRelogin: false,
  };
}
