import { badRequest } from "../http/errors.js";
import { hashOf, type SigningAlgorithm } from "./algorithms.js";
import { toBigInt, toBytes } from "./bigint.js";
import { derToP1363, p1363ToDer } from "./der.js";
import { type AsymmetricMaterial, importedKey, keyPair, type SchemeName } from "./material.js";
import { signDigest, verifyDigest } from "./p256.js";
import { rsaSignDigest, rsaVerifyDigest } from "./rsa-digest.js";

// Sign and verify with the server's parameters: RSA-PSS salt = digest length, ECDSA signatures
// DER-encoded. Whole messages go through Web Crypto; precomputed digests (`isDigest`), which
// Web Crypto cannot take, through BigInt arithmetic.

const P256_SIZE = 32;

function schemeOf(algorithm: SigningAlgorithm): SchemeName {
  if (algorithm.startsWith("RSASSA_PSS")) return "RSA-PSS";
  if (algorithm.startsWith("RSASSA_PKCS1")) return "RSASSA-PKCS1-v1_5";
  return "ECDSA";
}

function params(algorithm: SigningAlgorithm) {
  const scheme = schemeOf(algorithm);
  const hash = hashOf(algorithm);
  const digestLength = Number(hash.slice(4)) / 8;
  if (scheme === "RSA-PSS") {
    return { scheme, hash, digestLength, params: { name: scheme, saltLength: digestLength } };
  }
  if (scheme === "ECDSA") return { scheme, hash, digestLength, params: { name: scheme, hash } };
  return { scheme, hash, digestLength, params: { name: scheme } };
}

export async function signWith(
  material: AsymmetricMaterial,
  algorithm: SigningAlgorithm,
  data: Uint8Array<ArrayBuffer>,
  isDigest = false,
): Promise<Uint8Array> {
  const p = params(algorithm);
  if (isDigest) {
    const family = p.scheme === "ECDSA" ? "ECC" : "RSA";
    if (data.length !== p.digestLength) {
      throw badRequest(
        `Failed to sign ${family} digest with ${algorithm} due to signing error. Ensure that your digest is hashed with ${p.hash.replace("-", "")}.`,
      );
    }
    const { jwk } = await keyPair(material);
    if (p.scheme !== "ECDSA") return rsaSignDigest(jwk, p.scheme === "RSA-PSS", p.hash, data);
    const { r, s } = signDigest(jwk, data);
    const raw = new Uint8Array(P256_SIZE * 2);
    raw.set(toBytes(r, P256_SIZE));
    raw.set(toBytes(s, P256_SIZE), P256_SIZE);
    return p1363ToDer(raw);
  }
  const key = await importedKey(material, "sign", p.scheme, p.hash);
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign(p.params, key, data));
  return p.scheme === "ECDSA" ? p1363ToDer(signature) : signature;
}

export async function verifyWith(
  material: AsymmetricMaterial,
  algorithm: SigningAlgorithm,
  data: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
  isDigest = false,
): Promise<boolean> {
  const p = params(algorithm);
  const raw = p.scheme === "ECDSA" ? derToP1363(signature, P256_SIZE) : signature;
  if (!raw) return false;
  if (isDigest) {
    if (data.length !== p.digestLength) return false;
    const { jwk } = await keyPair(material);
    if (p.scheme !== "ECDSA") {
      return rsaVerifyDigest(jwk, p.scheme === "RSA-PSS", p.hash, data, raw);
    }
    const r = toBigInt(raw.subarray(0, P256_SIZE));
    const s = toBigInt(raw.subarray(P256_SIZE));
    return verifyDigest(jwk, data, r, s);
  }
  const key = await importedKey(material, "verify", p.scheme, p.hash);
  try {
    return await globalThis.crypto.subtle.verify(p.params, key, raw, data);
  } catch {
    return false;
  }
}
