import type { InfisicalClient } from "@infisical-edge/core";
import { bytesToBase64, parseOptions } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { encryptBase64 } from "./data.js";
import { BoundedPayload, KeyId, Signal } from "./options.js";

/** Options of {@link encrypt}. */
export interface EncryptOptions {
  /** A symmetric (`encrypt-decrypt`) key. */
  keyId: string;
  /** Bytes, or a string encrypted as its UTF-8 bytes; at most 4096 bytes. */
  plaintext: Uint8Array | string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const Options = v.object({ keyId: KeyId, plaintext: BoundedPayload, signal: Signal });

/**
 * Encrypts up to 4096 bytes with a symmetric KMS key; the key never leaves Infisical. For
 * larger data, use `encryptEnvelope`.
 *
 * @returns The ciphertext, base64 (what `decrypt` takes).
 * @throws `InfisicalValidationError` when `keyId` is not a key id or `plaintext` is larger
 * than 4096 bytes, before any request.
 * @throws `InfisicalApiError` when the server refuses (unknown or disabled key...).
 *
 * @example
 * ```ts
 * const ciphertext = await encrypt(client, { keyId, plaintext: "card 4242..." });
 * const plaintext = await decryptText(client, { keyId, ciphertext });
 * ```
 */
export async function encrypt(client: InfisicalClient, options: EncryptOptions): Promise<string> {
  const o = parseOptions(Options, options);
  return encryptBase64(client, o.keyId, bytesToBase64(o.plaintext), o.signal);
}
