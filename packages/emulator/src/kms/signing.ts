import { hashOf, type SigningAlgorithm } from "./algorithms";
import { derToP1363, p1363ToDer } from "./der";
import { type AsymmetricMaterial, importedKey, type SchemeName } from "./material";

// Sign and verify with Web Crypto, with the server's parameters: RSA-PSS salt = digest length,
// ECDSA signatures DER-encoded.

const P256_SIZE = 32;

function schemeOf(algorithm: SigningAlgorithm): SchemeName {
  if (algorithm.startsWith("RSASSA_PSS")) return "RSA-PSS";
  if (algorithm.startsWith("RSASSA_PKCS1")) return "RSASSA-PKCS1-v1_5";
  return "ECDSA";
}

function params(algorithm: SigningAlgorithm) {
  const scheme = schemeOf(algorithm);
  const hash = hashOf(algorithm);
  if (scheme === "RSA-PSS")
    return { scheme, hash, params: { name: scheme, saltLength: Number(hash.slice(4)) / 8 } };
  if (scheme === "ECDSA") return { scheme, hash, params: { name: scheme, hash } };
  return { scheme, hash, params: { name: scheme } };
}

export async function signWith(
  material: AsymmetricMaterial,
  algorithm: SigningAlgorithm,
  data: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  const p = params(algorithm);
  const key = await importedKey(material, "sign", p.scheme, p.hash);
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign(p.params, key, data));
  return p.scheme === "ECDSA" ? p1363ToDer(signature) : signature;
}

export async function verifyWith(
  material: AsymmetricMaterial,
  algorithm: SigningAlgorithm,
  data: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const p = params(algorithm);
  const key = await importedKey(material, "verify", p.scheme, p.hash);
  const raw = p.scheme === "ECDSA" ? derToP1363(signature, P256_SIZE) : signature;
  if (!raw) return false;
  try {
    return await globalThis.crypto.subtle.verify(p.params, key, raw, data);
  } catch {
    return false;
  }
}
