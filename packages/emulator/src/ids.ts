import { toBase64Url, toHex } from "./encoding.js";

// Deterministic ids: every value is a hash of (idSeed, kind, counter), so two emulators built
// with the same seed hand out the same ids in the same order. Not cryptographic on purpose.

export interface IdSource {
  /** A UUID v4-shaped id. */
  uuid(): string;
  /** A Fastify/Infisical-style request id: `req-` + 14 alphanumerics. */
  requestId(): string;
  /** `length` pseudo-random bytes for the given kind (e.g. token signatures). */
  bytes(kind: string, length: number): Uint8Array;
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Mixes a string into four 32-bit words (murmur-style multiply/xor rounds). */
function hashWords(input: string): [number, number, number, number] {
  let a = 0x6a09e667;
  let b = 0xbb67ae85;
  let c = 0x3c6ef372;
  let d = 0xa54ff53a;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    a = b ^ Math.imul(a ^ code, 0x9e3779b1);
    b = c ^ Math.imul(b ^ code, 0x85ebca77);
    c = d ^ Math.imul(c ^ code, 0xc2b2ae3d);
    d = a ^ Math.imul(d ^ code, 0x27d4eb2f);
  }
  a = Math.imul(c ^ (a >>> 18), 0x9e3779b1);
  b = Math.imul(d ^ (b >>> 22), 0x85ebca77);
  c = Math.imul(a ^ (c >>> 17), 0xc2b2ae3d);
  d = Math.imul(b ^ (d >>> 19), 0x27d4eb2f);
  return [(a ^ b ^ c ^ d) >>> 0, (b ^ a) >>> 0, (c ^ a) >>> 0, (d ^ a) >>> 0];
}

/** A small-state generator (sfc32) that stretches the hash into as many bytes as needed. */
function wordStream(seed: [number, number, number, number]): () => number {
  let [a, b, c, d] = seed;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next(); // let the seed diffuse before use
  return next;
}

export function createIdSource(seed: string): IdSource {
  const counters = new Map<string, number>();

  const bytes = (kind: string, length: number): Uint8Array => {
    const count = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, count);
    const next = wordStream(hashWords(`${seed}\u0000${kind}\u0000${count}`));
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 4) {
      const word = next();
      for (let j = 0; j < 4 && i + j < length; j++) out[i + j] = (word >>> (j * 8)) & 0xff;
    }
    return out;
  };

  return {
    bytes,
    uuid() {
      const b = bytes("uuid", 16);
      b[6] = ((b[6] ?? 0) & 0x0f) | 0x40; // version 4
      b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
      const hex = toHex(b);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
    requestId() {
      const b = bytes("request", 14);
      let id = "req-";
      for (const byte of b) id += ALPHANUMERIC[byte % ALPHANUMERIC.length];
      return id;
    },
  };
}

/** Signature-looking base64url text for opaque JWT-shaped tokens. */
export function signatureText(ids: IdSource): string {
  return toBase64Url(ids.bytes("signature", 32));
}
