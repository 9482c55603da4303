// Key material held by the emulator: raw AES bytes, or an RSA/ECDSA key pair made with Web Crypto.
// Pairs are generated on first use (RSA-4096 takes a while), once, shared by concurrent callers.

import type { AsymmetricAlgorithm, HashName, SymmetricAlgorithm } from "./algorithms.js";

export interface SymmetricMaterial {
  kind: "symmetric";
  raw: Uint8Array<ArrayBuffer>;
  key?: Promise<CryptoKey>;
}

export interface ExportedPair {
  /** PKCS#8 DER. */
  privateKey: Uint8Array<ArrayBuffer>;
  /** SubjectPublicKeyInfo DER: what `public-key` answers, base64-encoded. */
  publicKey: Uint8Array<ArrayBuffer>;
  /** The private key as a JWK, for signing precomputed digests with BigInt arithmetic. */
  jwk: JsonWebKey;
}

export interface AsymmetricMaterial {
  kind: "asymmetric";
  algorithm: AsymmetricAlgorithm;
  pair?: Promise<ExportedPair>;
  /** Imported CryptoKeys per (use, algorithm, hash): Web Crypto binds RSA keys to one scheme. */
  imported: Map<string, Promise<CryptoKey>>;
}

export type KeyMaterial = SymmetricMaterial | AsymmetricMaterial;

const subtle = () => globalThis.crypto.subtle;

export function symmetricMaterial(algorithm: SymmetricAlgorithm): SymmetricMaterial {
  const length = algorithm === "aes-128-gcm" ? 16 : 32;
  return { kind: "symmetric", raw: globalThis.crypto.getRandomValues(new Uint8Array(length)) };
}

export function asymmetricMaterial(algorithm: AsymmetricAlgorithm): AsymmetricMaterial {
  return { kind: "asymmetric", algorithm, imported: new Map() };
}

export function aesKey(material: SymmetricMaterial): Promise<CryptoKey> {
  material.key ??= subtle().importKey("raw", material.raw, "AES-GCM", false, [
    "encrypt",
    "decrypt",
  ]);
  return material.key;
}

async function generatePair(algorithm: AsymmetricAlgorithm): Promise<ExportedPair> {
  const pair = (await (algorithm === "RSA_4096"
    ? subtle().generateKey(
        {
          name: "RSASSA-PKCS1-v1_5",
          modulusLength: 4096,
          publicExponent: new Uint8Array([1, 0, 1]),
          hash: "SHA-256",
        },
        true,
        ["sign", "verify"],
      )
    : subtle().generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
        "sign",
        "verify",
      ]))) as CryptoKeyPair;
  const [privateKey, publicKey, jwk] = await Promise.all([
    subtle().exportKey("pkcs8", pair.privateKey),
    subtle().exportKey("spki", pair.publicKey),
    subtle().exportKey("jwk", pair.privateKey),
  ]);
  return { privateKey: new Uint8Array(privateKey), publicKey: new Uint8Array(publicKey), jwk };
}

export function keyPair(material: AsymmetricMaterial): Promise<ExportedPair> {
  material.pair ??= generatePair(material.algorithm);
  return material.pair;
}

/** The RSA scheme (`RSA-PSS`, `RSASSA-PKCS1-v1_5`) or `ECDSA` a key is imported for. */
export type SchemeName = "RSA-PSS" | "RSASSA-PKCS1-v1_5" | "ECDSA";

export function importedKey(
  material: AsymmetricMaterial,
  use: "sign" | "verify",
  scheme: SchemeName,
  hash: HashName,
): Promise<CryptoKey> {
  // ECDSA takes its hash at sign time, so one import serves every hash.
  const id = `${use}:${scheme}:${scheme === "ECDSA" ? "" : hash}`;
  let key = material.imported.get(id);
  if (!key) {
    key = keyPair(material).then((pair) => {
      const algorithm =
        scheme === "ECDSA" ? { name: scheme, namedCurve: "P-256" } : { name: scheme, hash };
      return use === "sign"
        ? subtle().importKey("pkcs8", pair.privateKey, algorithm, false, ["sign"])
        : subtle().importKey("spki", pair.publicKey, algorithm, false, ["verify"]);
    });
    material.imported.set(id, key);
  }
  return key;
}
