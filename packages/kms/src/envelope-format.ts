// The envelope layout, version 1 (documented in the README). All lengths are big-endian.
//
//   offset  size  field
//   0       3     magic "IEE" (0x49 0x45 0x45)
//   3       1     version (1)
//   4       1     k: length of the key id
//   5       k     key id (ASCII UUID of the KMS key that wrapped the data key)
//   5+k     2     w: length of the wrapped key
//   7+k     w     wrapped key: the KMS ciphertext of the 32-byte data key (decoded base64)
//   7+k+w   12    AES-GCM IV
//   19+k+w  rest  AES-256-GCM ciphertext of the payload, then its 16-byte tag
//
// Everything before the IV is the header; it is the AES-GCM additional data, so changing
// the key id, the wrapped key or the version makes decryption fail.

import { utf8Decode, utf8Encode } from "@infisical-edge/core/internal";
import { InfisicalEnvelopeError } from "./envelope-error.js";

const MAGIC = [0x49, 0x45, 0x45];
/** The envelope format version that `encryptEnvelope` writes (byte 4 of every envelope). */
export const ENVELOPE_VERSION = 1;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ParsedEnvelope {
  keyId: string;
  wrappedKey: Uint8Array;
  /** Bytes 0 .. 7+k+w: the additional data. */
  header: Uint8Array;
  /** IV then ciphertext and tag (what core's aesGcmDecrypt takes). */
  sealed: Uint8Array;
}

export function encodeHeader(keyId: string, wrappedKey: Uint8Array): Uint8Array {
  const id = utf8Encode(keyId);
  const header = new Uint8Array(7 + id.length + wrappedKey.length);
  header.set(MAGIC);
  header[3] = ENVELOPE_VERSION;
  header[4] = id.length;
  header.set(id, 5);
  header[5 + id.length] = wrappedKey.length >>> 8;
  header[6 + id.length] = wrappedKey.length & 0xff;
  header.set(wrappedKey, 7 + id.length);
  return header;
}

const malformed = (what: string) => new InfisicalEnvelopeError("malformed", what);

export function parseEnvelope(envelope: Uint8Array): ParsedEnvelope {
  if (envelope.length < 5 || MAGIC.some((byte, i) => envelope[i] !== byte)) {
    throw malformed("not an infisical-edge envelope");
  }
  const version = envelope[3];
  if (version !== ENVELOPE_VERSION) {
    throw new InfisicalEnvelopeError(
      "unsupported-version",
      `envelope version ${version} is not supported (this SDK reads version ${ENVELOPE_VERSION})`,
    );
  }
  const idLength = envelope[4] ?? 0;
  const keyId = utf8Decode(envelope.subarray(5, 5 + idLength));
  if (!UUID.test(keyId)) throw malformed("the key id in the header is not a UUID");
  const wrappedAt = 7 + idLength;
  const wrappedLength = ((envelope[5 + idLength] ?? 0) << 8) | (envelope[6 + idLength] ?? 0);
  const sealedAt = wrappedAt + wrappedLength;
  if (wrappedLength === 0 || envelope.length < sealedAt + IV_LENGTH + TAG_LENGTH) {
    throw malformed("the envelope is truncated");
  }
  return {
    keyId,
    wrappedKey: envelope.subarray(wrappedAt, sealedAt),
    header: envelope.subarray(0, sealedAt),
    sealed: envelope.subarray(sealedAt),
  };
}
