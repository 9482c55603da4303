// RSA signatures over a precomputed digest (PKCS#1 v1.5 and PSS, RFC 8017), with BigInt.

import type { HashName } from "./algorithms.js";
import { fromBase64Url, modPow, toBigInt, toBytes } from "./bigint.js";

// DER DigestInfo prefixes: SEQUENCE { AlgorithmIdentifier(hash), OCTET STRING(digest) }.
const DIGEST_INFO: Record<HashName, number[]> = {
  "SHA-256": [
    0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05,
    0x00, 0x04, 0x20,
  ],
  "SHA-384": [
    0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0x05,
    0x00, 0x04, 0x30,
  ],
  "SHA-512": [
    0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03, 0x05,
    0x00, 0x04, 0x40,
  ],
};

interface RsaKey {
  n: bigint;
  e: bigint;
  d: bigint;
  /** Modulus length in bytes. */
  k: number;
  bits: number;
}

function rsaKey(jwk: JsonWebKey): RsaKey {
  const n = fromBase64Url(jwk.n ?? "");
  const bits = n.toString(2).length;
  return {
    n,
    e: fromBase64Url(jwk.e ?? ""),
    d: fromBase64Url(jwk.d ?? ""),
    k: Math.ceil(bits / 8),
    bits,
  };
}

const hashOf = async (hash: HashName, data: Uint8Array<ArrayBuffer>) =>
  new Uint8Array(await globalThis.crypto.subtle.digest(hash, data));

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function pkcs1Encoded(digest: Uint8Array, hash: HashName, k: number): Uint8Array {
  const t = concat(new Uint8Array(DIGEST_INFO[hash]), digest);
  const em = new Uint8Array(k).fill(0xff);
  em[0] = 0x00;
  em[1] = 0x01;
  em[k - t.length - 1] = 0x00;
  em.set(t, k - t.length);
  return em;
}

async function mgf1(seed: Uint8Array, length: number, hash: HashName): Promise<Uint8Array> {
  const out = new Uint8Array(length);
  for (let counter = 0, offset = 0; offset < length; counter++) {
    const block = await hashOf(hash, concat(seed, toBytes(BigInt(counter), 4)));
    out.set(block.subarray(0, length - offset), offset);
    offset += block.length;
  }
  return out;
}

/** The PSS mask and hash of (digest, salt); salt as long as the digest, as the server does. */
async function pssParts(digest: Uint8Array, salt: Uint8Array, hash: HashName, emLen: number) {
  const h = await hashOf(hash, concat(new Uint8Array(8), digest, salt));
  const mask = await mgf1(h, emLen - h.length - 1, hash);
  return { h, mask };
}

export async function rsaSignDigest(
  jwk: JsonWebKey,
  pss: boolean,
  hash: HashName,
  digest: Uint8Array,
): Promise<Uint8Array> {
  const key = rsaKey(jwk);
  let em: Uint8Array;
  if (pss) {
    const emLen = Math.ceil((key.bits - 1) / 8);
    const salt = globalThis.crypto.getRandomValues(new Uint8Array(digest.length));
    const { h, mask } = await pssParts(digest, salt, hash, emLen);
    const db = new Uint8Array(emLen - h.length - 1);
    db[db.length - salt.length - 1] = 0x01;
    db.set(salt, db.length - salt.length);
    for (let i = 0; i < db.length; i++) db[i] = (db[i] ?? 0) ^ (mask[i] ?? 0);
    db[0] = (db[0] ?? 0) & (0xff >>> (8 * emLen - (key.bits - 1)));
    em = concat(db, h, new Uint8Array([0xbc]));
  } else {
    em = pkcs1Encoded(digest, hash, key.k);
  }
  return toBytes(modPow(toBigInt(em), key.d, key.n), key.k);
}

export async function rsaVerifyDigest(
  jwk: JsonWebKey,
  pss: boolean,
  hash: HashName,
  digest: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const key = rsaKey(jwk);
  const s = toBigInt(signature);
  if (signature.length !== key.k || s >= key.n) return false;
  const m = modPow(s, key.e, key.n);
  if (!pss) {
    const expected = pkcs1Encoded(digest, hash, key.k);
    const actual = toBytes(m, key.k);
    return actual.every((byte, i) => byte === expected[i]);
  }
  const emLen = Math.ceil((key.bits - 1) / 8);
  const em = toBytes(m, emLen);
  const hLen = digest.length;
  if (em[emLen - 1] !== 0xbc) return false;
  const masked = em.subarray(0, emLen - hLen - 1);
  const h = em.subarray(emLen - hLen - 1, emLen - 1);
  const topBits = 8 * emLen - (key.bits - 1);
  if (((masked[0] ?? 0) & ~(0xff >>> topBits) & 0xff) !== 0) return false;
  const mask = await mgf1(h, masked.length, hash);
  const db = masked.map((byte, i) => byte ^ (mask[i] ?? 0));
  db[0] = (db[0] ?? 0) & (0xff >>> topBits);
  const saltAt = db.length - hLen;
  if (db[saltAt - 1] !== 0x01 || db.subarray(0, saltAt - 1).some((b) => b !== 0)) return false;
  const { h: expected } = await pssParts(digest, db.subarray(saltAt), hash, emLen);
  return expected.every((byte, i) => byte === h[i]);
}
