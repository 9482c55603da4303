import type { InfisicalClient } from "@infisical-edge/core";
import { base64ToBytes, parseOptions, utf8Decode } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { decryptBase64 } from "./data.js";
import { Base64, KeyId, Signal } from "./options.js";

/** Options of {@link decrypt} and {@link decryptText}. */
export interface DecryptOptions {
  /** The id of the symmetric key that encrypted the data. */
  keyId: string;
  /** The base64 ciphertext `encrypt` (or any Infisical SDK) returned. */
  ciphertext: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const Options = v.object({ keyId: KeyId, ciphertext: Base64, signal: Signal });

/**
 * Decrypts a ciphertext made by `encrypt` (or any Infisical SDK) with the same KMS key.
 *
 * @returns The plaintext bytes; `decryptText` decodes them as UTF-8.
 * @throws `InfisicalValidationError` when `keyId` or `ciphertext` is malformed, before any
 * request.
 * @throws `InfisicalApiError` when the server refuses (wrong key, corrupted ciphertext...).
 *
 * @example
 * ```ts
 * const bytes = await decrypt(client, { keyId, ciphertext });
 * ```
 */
export async function decrypt(
  client: InfisicalClient,
  options: DecryptOptions,
): Promise<Uint8Array> {
  const o = parseOptions(Options, options);
  return base64ToBytes(await decryptBase64(client, o.keyId, o.ciphertext, o.signal));
}

/** Like `decrypt`, decoding the plaintext as UTF-8. */
export async function decryptText(
  client: InfisicalClient,
  options: DecryptOptions,
): Promise<string> {
  return utf8Decode(await decrypt(client, options));
}
