import { type InfisicalClient, InfisicalValidationError } from "@infisical-edge/core";
import { base64ToBytes, parseOptions } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { BoundedMap } from "./bounded-map.js";
import { derToP1363 } from "./der.js";
import { Base64, KeyId, Payload, Signal } from "./options.js";
import { getPublicKey } from "./public-key.js";
import {
  SIGNING_ALGORITHMS,
  type SigningAlgorithm,
  webCryptoScheme,
} from "./signing-algorithms.js";
import { SignatureInput } from "./signing-options.js";
import { publicKeyKind } from "./spki.js";

/** Options of {@link verifyLocally}. */
export interface VerifyLocallyOptions {
  /** The key whose public key is fetched once per client (give this or `publicKey`). */
  keyId?: string;
  /** Base64 DER SubjectPublicKeyInfo, as `getPublicKey` answers it: no request at all. */
  publicKey?: string;
  /** Any size: bytes, or a string as its UTF-8 bytes. */
  data: Uint8Array | string;
  /** Base64 (as `sign` answers it) or bytes. */
  signature: string | Uint8Array;
  /** The signing algorithm the signature was made with. */
  signingAlgorithm: SigningAlgorithm;
  /** Aborts the public-key request, if one is needed. */
  signal?: AbortSignal;
}

const Options = v.object({
  keyId: v.optional(KeyId),
  publicKey: v.optional(v.pipe(Base64, v.minLength(1, "a non-empty base64 public key"))),
  data: Payload,
  signature: SignatureInput,
  signingAlgorithm: v.picklist(SIGNING_ALGORITHMS, "one of the API's signing algorithms"),
  signal: Signal,
});

// Per client, bounded: public keys by key id, and imported CryptoKeys by (scheme, key).
const MAX_ENTRIES = 64;
interface LocalCache {
  publicKeys: BoundedMap<string, Promise<string>>;
  cryptoKeys: BoundedMap<string, Promise<CryptoKey>>;
}
const caches = new WeakMap<InfisicalClient, LocalCache>();

function cacheOf(client: InfisicalClient): LocalCache {
  let cache = caches.get(client);
  if (!cache) {
    cache = { publicKeys: new BoundedMap(MAX_ENTRIES), cryptoKeys: new BoundedMap(MAX_ENTRIES) };
    caches.set(client, cache);
  }
  return cache;
}

/** Remembers a pending value; a failure is forgotten so the next call tries again. */
function remember<T>(map: BoundedMap<string, Promise<T>>, key: string, load: () => Promise<T>) {
  let pending = map.get(key);
  if (!pending) {
    pending = load();
    map.set(key, pending);
    pending.catch(() => map.delete(key));
  }
  return pending;
}

const mismatch = () =>
  new InfisicalValidationError([
    {
      field: "signingAlgorithm",
      reason:
        "expected an algorithm that fits the key (RSASSA_* for RSA keys, ECDSA_* for EC keys)",
    },
  ]);

/**
 * Checks a signature with the key's public key through Web Crypto. With `keyId`, the first
 * call fetches the public key (one request); later calls make none. The imported key is
 * cached per client (at most 64 of each). Answers what the server's `verify` would, except
 * for a key disabled after its public key was fetched.
 */
export async function verifyLocally(
  client: InfisicalClient,
  options: VerifyLocallyOptions,
): Promise<boolean> {
  const o = parseOptions(Options, options);
  if ((o.keyId === undefined) === (o.publicKey === undefined)) {
    throw new InfisicalValidationError([
      { field: "keyId", reason: "exactly one of keyId or publicKey is required" },
    ]);
  }
  const cache = cacheOf(client);
  const publicKey =
    o.publicKey ??
    (await remember(cache.publicKeys, o.keyId as string, () =>
      getPublicKey(client, { keyId: o.keyId as string, signal: o.signal }),
    ));

  const scheme = webCryptoScheme(o.signingAlgorithm);
  const spki = base64ToBytes(publicKey);
  const kind = publicKeyKind(spki);
  if (!kind || kind.family !== scheme.family) throw mismatch();
  const algorithm =
    kind.family === "EC"
      ? { name: scheme.name, namedCurve: kind.namedCurve as string }
      : { name: scheme.name, hash: scheme.hash };
  const key = await remember(cache.cryptoKeys, `${scheme.name}|${scheme.hash}|${publicKey}`, () =>
    globalThis.crypto.subtle.importKey("spki", spki as Uint8Array<ArrayBuffer>, algorithm, false, [
      "verify",
    ]),
  );
  const signature =
    kind.family === "EC" ? derToP1363(o.signature, kind.size as number) : o.signature;
  if (!signature) return false; // not a DER ECDSA signature: invalid, as the server says
  return globalThis.crypto.subtle.verify(
    scheme.params,
    key,
    signature as Uint8Array<ArrayBuffer>,
    o.data as Uint8Array<ArrayBuffer>,
  );
}
