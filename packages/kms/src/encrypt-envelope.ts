import type { InfisicalClient } from "@infisical-edge/core";
import {
  aesGcmEncrypt,
  base64ToBytes,
  bytesToBase64,
  importAesKey,
  parseOptions,
  randomBytes,
} from "@infisical-edge/core/internal";
import * as v from "valibot";
import { encryptBase64 } from "./data.js";
import { encodeHeader } from "./envelope-format.js";
import { KeyId, Payload, Signal } from "./options.js";

/** Options of {@link encryptEnvelope}. */
export interface EncryptEnvelopeOptions {
  /** The symmetric KMS key that wraps the data key. */
  keyId: string;
  /** Any size: bytes, or a string encrypted as its UTF-8 bytes. */
  plaintext: Uint8Array | string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const Options = v.object({ keyId: KeyId, plaintext: Payload, signal: Signal });

/**
 * Envelope encryption: a fresh AES-256-GCM data key encrypts the payload here; KMS encrypts
 * only the 32-byte data key (one request). Answers the envelope bytes (see the README).
 */
export async function encryptEnvelope(
  client: InfisicalClient,
  options: EncryptEnvelopeOptions,
): Promise<Uint8Array> {
  const o = parseOptions(Options, options);
  const dataKey = randomBytes(32);
  try {
    const key = await importAesKey(dataKey);
    const wrapped = await encryptBase64(client, o.keyId, bytesToBase64(dataKey), o.signal);
    const header = encodeHeader(o.keyId, base64ToBytes(wrapped));
    const sealed = await aesGcmEncrypt(key, o.plaintext, header);
    const envelope = new Uint8Array(header.length + sealed.length);
    envelope.set(header);
    envelope.set(sealed, header.length);
    return envelope;
  } finally {
    dataKey.fill(0); // the CryptoKey is non-extractable; drop the only raw copy
  }
}
