// encryptData / decryptData: base64 in, base64 out, as the API and the Python SDK's
// `encrypt_data` / `decrypt_data` do.

import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { decryptBase64, encryptBase64 } from "./data.js";
import { Base64, decodedLength, KeyId, MAX_PLAINTEXT_BYTES, Signal } from "./options.js";

/** Options of {@link encryptData} (the Python SDK's base64-in, base64-out shape). */
export interface EncryptDataOptions {
  /** The id of a symmetric (`encrypt-decrypt`) key. */
  keyId: string;
  /** Base64 of at most 4096 bytes. */
  plaintext: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

/** Options of {@link decryptData}. */
export interface DecryptDataOptions {
  /** The id of the symmetric key that encrypted the data. */
  keyId: string;
  /** Base64 ciphertext. */
  ciphertext: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const EncryptOptions = v.object({
  keyId: KeyId,
  plaintext: v.pipe(
    Base64,
    v.check(
      (text) => decodedLength(text) <= MAX_PLAINTEXT_BYTES,
      "a base64 string of at most 4096 bytes",
    ),
  ),
  signal: Signal,
});

const DecryptOptions = v.object({ keyId: KeyId, ciphertext: Base64, signal: Signal });

/** Encrypts base64 plaintext; answers the base64 ciphertext. */
export async function encryptData(
  client: InfisicalClient,
  options: EncryptDataOptions,
): Promise<string> {
  const o = parseOptions(EncryptOptions, options);
  return encryptBase64(client, o.keyId, o.plaintext, o.signal);
}

/** Decrypts a base64 ciphertext; answers the plaintext as base64. */
export async function decryptData(
  client: InfisicalClient,
  options: DecryptDataOptions,
): Promise<string> {
  const o = parseOptions(DecryptOptions, options);
  return decryptBase64(client, o.keyId, o.ciphertext, o.signal);
}
