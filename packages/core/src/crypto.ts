// Thin wrappers over crypto.subtle: hashing, HMAC and AES-256-GCM on Uint8Array.

import { bytesToHex, utf8Encode } from "./encoding.js";

const subtle = () => globalThis.crypto.subtle;
// crypto.subtle wants a BufferSource backed by an ArrayBuffer (not SharedArrayBuffer).
const toBytes = (data: Uint8Array | string) =>
  (typeof data === "string" ? utf8Encode(data) : data) as Uint8Array<ArrayBuffer>;
const buf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => bytes as Uint8Array<ArrayBuffer>;

export async function sha256(data: Uint8Array | string): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest("SHA-256", toBytes(data)));
}

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  return bytesToHex(await sha256(data));
}

export async function hmac(
  hash: "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512",
  key: Uint8Array | string,
  data: Uint8Array | string,
): Promise<Uint8Array> {
  const cryptoKey = await subtle().importKey("raw", toBytes(key), { name: "HMAC", hash }, false, [
    "sign",
  ]);
  return new Uint8Array(await subtle().sign("HMAC", cryptoKey, toBytes(data)));
}

export const randomBytes = (length: number): Uint8Array =>
  globalThis.crypto.getRandomValues(new Uint8Array(length));

/** Imports 32 raw bytes as an AES-256-GCM key. */
export function importAesKey(raw: Uint8Array): Promise<CryptoKey> {
  return subtle().importKey("raw", buf(raw), "AES-GCM", false, ["encrypt", "decrypt"]);
}

/** AES-GCM encryption; returns `iv (12 bytes) || ciphertext+tag`. */
export async function aesGcmEncrypt(
  key: CryptoKey,
  plaintext: Uint8Array,
  additionalData?: Uint8Array,
): Promise<Uint8Array> {
  const iv = randomBytes(12);
  const params: AesGcmParams = { name: "AES-GCM", iv: buf(iv) };
  if (additionalData) params.additionalData = buf(additionalData);
  const sealed = new Uint8Array(await subtle().encrypt(params, key, buf(plaintext)));
  const out = new Uint8Array(iv.length + sealed.length);
  out.set(iv);
  out.set(sealed, iv.length);
  return out;
}

/** Reverses aesGcmEncrypt; throws when the data was tampered with or the key is wrong. */
export async function aesGcmDecrypt(
  key: CryptoKey,
  sealed: Uint8Array,
  additionalData?: Uint8Array,
): Promise<Uint8Array> {
  const params: AesGcmParams = { name: "AES-GCM", iv: buf(sealed.subarray(0, 12)) };
  if (additionalData) params.additionalData = buf(additionalData);
  return new Uint8Array(await subtle().decrypt(params, key, buf(sealed.subarray(12))));
}
