import { InfisicalApiError, type InfisicalClient } from "@infisical-edge/core";
import {
  aesGcmDecrypt,
  base64ToBytes,
  bytesToBase64,
  importAesKey,
  parseOptions,
} from "@infisical-edge/core/internal";
import * as v from "valibot";
import { decryptBase64 } from "./data.js";
import { InfisicalEnvelopeError } from "./envelope-error.js";
import { parseEnvelope } from "./envelope-format.js";
import { KeyId, Signal } from "./options.js";

/** Options of {@link decryptEnvelope}. */
export interface DecryptEnvelopeOptions {
  /** What `encryptEnvelope` returned. */
  envelope: Uint8Array;
  /** When given, an envelope sealed under any other key is refused before any request. */
  keyId?: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const Options = v.object({
  envelope: v.instance(Uint8Array, "a Uint8Array"),
  keyId: v.optional(KeyId),
  signal: Signal,
});

/**
 * Opens an envelope: KMS decrypts the data key (one request), the payload is decrypted here.
 * A malformed or modified envelope fails with InfisicalEnvelopeError.
 */
export async function decryptEnvelope(
  client: InfisicalClient,
  options: DecryptEnvelopeOptions,
): Promise<Uint8Array> {
  const o = parseOptions(Options, options);
  const parsed = parseEnvelope(o.envelope);
  if (o.keyId !== undefined && o.keyId.toLowerCase() !== parsed.keyId.toLowerCase()) {
    throw new InfisicalEnvelopeError("wrong-key", "it was sealed under another key");
  }
  let dataKey: Uint8Array;
  try {
    const wrapped = bytesToBase64(parsed.wrappedKey);
    dataKey = base64ToBytes(await decryptBase64(client, parsed.keyId, wrapped, o.signal));
  } catch (error) {
    // Infisical answers 500 for a ciphertext it cannot open: here, a modified wrapped key.
    if (error instanceof InfisicalApiError && error.status === 500) {
      throw new InfisicalEnvelopeError(
        "unwrap-failed",
        "KMS could not decrypt the data key (the envelope was modified, or the key is not the one that sealed it)",
        { cause: error },
      );
    }
    throw error;
  }
  try {
    if (dataKey.length !== 32) {
      throw new InfisicalEnvelopeError("tampered", "the data key does not have 32 bytes");
    }
    const key = await importAesKey(dataKey);
    return await aesGcmDecrypt(key, parsed.sealed, parsed.header);
  } catch (error) {
    if (error instanceof InfisicalEnvelopeError) throw error;
    throw new InfisicalEnvelopeError(
      "tampered",
      "authentication failed (the header or the ciphertext was modified)",
    );
  } finally {
    dataKey.fill(0);
  }
}
