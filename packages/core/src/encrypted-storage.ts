// Encrypts cached entries at rest with AES-256-GCM, for shared stores (Workers KV, Redis...)
// that other parties can read. It wraps any StorageLike, so the cache, its TTL envelope and
// invalidation work unchanged; keys stay in the clear (they hold no secret, see cache-keys.ts).

import { aesGcmDecrypt, aesGcmEncrypt, importAesKey } from "./crypto.js";
import { base64ToBytes, bytesToBase64, utf8Decode, utf8Encode } from "./encoding.js";
import { InfisicalValidationError } from "./errors.js";
import type { StorageLike } from "./storage.js";

/** Options of {@link encryptedStorage}. */
export interface EncryptedStorageOptions {
  /** A 32-byte key, or an AES-GCM CryptoKey that can encrypt and decrypt. */
  key: Uint8Array | CryptoKey;
}

interface Sealed {
  /** Format version. */
  ev: 1;
  /** base64 of iv (12 bytes) || ciphertext || tag. */
  ct: string;
}

const isSealed = (value: unknown): value is Sealed =>
  typeof value === "object" &&
  value !== null &&
  (value as Sealed).ev === 1 &&
  typeof (value as Sealed).ct === "string";

/** An AES-GCM secret key allowed to both encrypt and decrypt (anything else misses forever). */
const isAesGcmKey = (key: unknown): boolean =>
  typeof CryptoKey !== "undefined" &&
  key instanceof CryptoKey &&
  key.type === "secret" &&
  key.algorithm.name === "AES-GCM" &&
  key.usages.includes("encrypt") &&
  key.usages.includes("decrypt");

function checkKey(key: unknown): void {
  const isBytes = key instanceof Uint8Array && key.length === 32;
  if (!isBytes && !isAesGcmKey(key)) {
    throw new InfisicalValidationError([
      {
        field: "key",
        reason:
          "expected 32 bytes (Uint8Array) or an AES-GCM CryptoKey usable to encrypt and decrypt",
      },
    ]);
  }
}

/**
 * `encryptedStorage(storage, { key })`: values are sealed with the key and bound to their
 * cache key (as AES-GCM additional data), so an entry copied under another key, tampered
 * with, or written with another key reads as a miss instead of a wrong answer.
 */
export function encryptedStorage(
  storage: StorageLike,
  options: EncryptedStorageOptions,
): StorageLike {
  checkKey(options?.key);
  const key =
    options.key instanceof Uint8Array ? importAesKey(options.key) : Promise.resolve(options.key);
  return {
    async getItem(name) {
      const sealed = await storage.getItem(name);
      if (!isSealed(sealed)) return null;
      try {
        const plain = await aesGcmDecrypt(await key, base64ToBytes(sealed.ct), utf8Encode(name));
        return JSON.parse(utf8Decode(plain));
      } catch {
        return null;
      }
    },
    async setItem(name, value, opts) {
      const plain = utf8Encode(JSON.stringify(value));
      const ct = bytesToBase64(await aesGcmEncrypt(await key, plain, utf8Encode(name)));
      await storage.setItem(name, { ev: 1, ct } satisfies Sealed, opts);
    },
    removeItem: (name) => storage.removeItem(name),
    getKeys: (base) => storage.getKeys(base),
    loadFailed: async (name) => {
      await storage.loadFailed?.(name);
    },
  };
}
