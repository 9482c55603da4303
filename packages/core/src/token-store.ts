// Shared access tokens: an opt-in place in a storage (Workers KV, Deno KV, Redis...) where a
// client keeps its access token, so that a cold isolate or a new process reuses it instead of
// logging in again.
//
// The token is sealed with AES-256-GCM under a key derived (HKDF-SHA-256) from a secret only
// the credential holder has (the client secret): whoever can read the store but lacks the
// credential learns nothing usable. The storage key is `ie1-token:<site hash>:<identity hash>`,
// and the key is also the AES-GCM additional data, so a sealed token moved under another key
// does not open. Anything that fails to open (wrong secret, tampering, old format) is a miss.

import { aesGcmDecrypt, aesGcmEncrypt } from "./crypto.js";
import { base64ToBytes, bytesToBase64, utf8Decode, utf8Encode } from "./encoding.js";
import type { StorageLike } from "./storage.js";

/** Options of {@link sealedTokenStore}. */
export interface TokenStoreOptions {
  /** Any unstorage Storage (or a structurally equal object), e.g. the cache's storage. */
  storage: StorageLike;
  /** Key material to seal tokens with; pass the client secret of the identity. */
  secret: string;
}

/** What the session keeps about a token; `null` stands for "no limit" (JSON has no Infinity). */
export interface StoredToken {
  accessToken: string;
  expiresAt: number;
  maxExpiresAt: number;
  ttlMs: number;
}

export interface TokenStore {
  load(identity: string): Promise<StoredToken | undefined>;
  save(identity: string, token: StoredToken): Promise<void>;
  remove(identity: string): Promise<void>;
  /** The login that followed a miss failed: a lock held for it (lockedStorage) lets go. */
  failed(identity: string): Promise<void>;
}

const FORMAT = 1;
const SALT = "infisical-edge token store v1";
const buf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => bytes as Uint8Array<ArrayBuffer>;

async function deriveKey(secret: string, site: string): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey("raw", buf(utf8Encode(secret)), "HKDF", false, [
    "deriveKey",
  ]);
  return subtle.deriveKey(
    { name: "HKDF", hash: "SHA-256", salt: buf(utf8Encode(SALT)), info: buf(utf8Encode(site)) },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

const finite = (n: number) => (Number.isFinite(n) ? n : null);
const infinite = (n: unknown) => (typeof n === "number" ? n : Infinity);

/**
 * What `createClient({ tokenStore })` takes: the options plus the sealing code. A function
 * the caller imports (rather than plain options) so that clients without a shared token
 * store, most Workers, do not bundle the AES-GCM/HKDF code.
 */
export interface SealedTokenStore extends TokenStoreOptions {
  /** Called by `createClient`: the store for one site (its URL's hash), sealing with `secret`. */
  open(siteHash: Promise<string>): TokenStore;
}

/** Shares the access token through `storage`, sealed under `secret` (see the core README). */
export function sealedTokenStore(options: TokenStoreOptions): SealedTokenStore {
  return { ...options, open: (siteHash) => createTokenStore(options, siteHash) };
}

export function createTokenStore(
  options: TokenStoreOptions,
  siteHash: Promise<string>,
): TokenStore {
  const { storage } = options;
  let key: Promise<CryptoKey> | undefined;
  const cryptoKey = async () => {
    key ??= siteHash.then((site) => deriveKey(options.secret, site));
    return key;
  };
  const storageKey = async (identity: string) => `ie1-token:${await siteHash}:${identity}`;

  return {
    async load(identity) {
      const name = await storageKey(identity);
      try {
        const entry = (await storage.getItem(name)) as { v?: unknown; sealed?: unknown } | null;
        if (!entry || entry.v !== FORMAT || typeof entry.sealed !== "string") return undefined;
        const plain = await aesGcmDecrypt(
          await cryptoKey(),
          base64ToBytes(entry.sealed),
          utf8Encode(name),
        );
        const data = JSON.parse(utf8Decode(plain)) as Record<string, unknown>;
        // A token that never expires is stored with `expiresAt: null`.
        if (
          typeof data.accessToken !== "string" ||
          (typeof data.expiresAt !== "number" && data.expiresAt !== null)
        ) {
          return undefined;
        }
        return {
          accessToken: data.accessToken,
          expiresAt: infinite(data.expiresAt),
          maxExpiresAt: infinite(data.maxExpiresAt),
          ttlMs: infinite(data.ttlMs),
        };
      } catch {
        // Unreadable store, wrong secret or tampered entry: behave as if nothing was stored.
        return undefined;
      }
    },
    async save(identity, token) {
      const name = await storageKey(identity);
      const plain = JSON.stringify({
        accessToken: token.accessToken,
        expiresAt: finite(token.expiresAt),
        maxExpiresAt: finite(token.maxExpiresAt),
        ttlMs: finite(token.ttlMs),
      });
      const sealed = await aesGcmEncrypt(await cryptoKey(), utf8Encode(plain), utf8Encode(name));
      const ttl = Number.isFinite(token.ttlMs) ? Math.ceil(token.ttlMs / 1000) : undefined;
      await storage.setItem(name, { v: FORMAT, sealed: bytesToBase64(sealed) }, { ttl });
    },
    async remove(identity) {
      await storage.removeItem(await storageKey(identity));
    },
    async failed(identity) {
      await storage.loadFailed?.(await storageKey(identity));
    },
  };
}
