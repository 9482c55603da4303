// The two data routes, on base64 strings exactly as the API takes and answers them.

import type { InfisicalClient } from "@infisical-edge/core";
import { parseResponse } from "@infisical-edge/core/internal";
import { DecryptResponse, EncryptResponse } from "./data-schemas.js";
import { keyUrl } from "./options.js";

/** POST encrypt: base64 plaintext in, base64 ciphertext out. */
export async function encryptBase64(
  client: InfisicalClient,
  keyId: string,
  plaintext: string,
  signal?: AbortSignal,
): Promise<string> {
  const path = keyUrl(keyId, "encrypt");
  // No server state changes: safe to retry after a network error or a 502/503/504.
  const response = await client.send({
    method: "POST",
    path,
    body: { plaintext },
    signal,
    idempotent: true,
  });
  return parseResponse(EncryptResponse, response, "POST", path).ciphertext;
}

/** POST decrypt: base64 ciphertext in, base64 plaintext out. */
export async function decryptBase64(
  client: InfisicalClient,
  keyId: string,
  ciphertext: string,
  signal?: AbortSignal,
): Promise<string> {
  const path = keyUrl(keyId, "decrypt");
  const response = await client.send({
    method: "POST",
    path,
    body: { ciphertext },
    signal,
    idempotent: true,
  });
  return parseResponse(DecryptResponse, response, "POST", path).plaintext;
}
