// PEM RSA private keys to a Web Crypto signing key (RSASSA-PKCS1-v1_5, SHA-256). Web Crypto
// imports PKCS#8 only, so a PKCS#1 key ("BEGIN RSA PRIVATE KEY", as older openssl and some
// OCI consoles write) is wrapped into PKCS#8 first. Errors never quote the key.

import { InfisicalValidationError } from "@infisical-edge/core";
import { base64ToBytes, credentialIdentity, shortHash } from "@infisical-edge/core/internal";
import * as v from "valibot";

const PEM = /-----BEGIN (RSA )?PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END \1?PRIVATE KEY-----/;

/** A PEM private key string (PKCS#8 or PKCS#1, unencrypted) or an imported CryptoKey. */
export type RsaPrivateKey = string | CryptoKey;

export const RsaPrivateKeySchema = v.union(
  [
    v.pipe(v.string(), v.regex(PEM, "a PEM RSA private key")),
    v.custom<CryptoKey>(
      (value) =>
        typeof value === "object" && value !== null && (value as CryptoKey).type === "private",
      "a private CryptoKey",
    ),
  ],
  "an unencrypted PEM RSA private key (PKCS#8 or PKCS#1) or a private CryptoKey",
);

/**
 * The cache identity of a key-signed login: keyed by the PEM when given as text; a CryptoKey
 * cannot be read back, so such a client proves itself with a login before any cache hit.
 */
export function keyIdentity(
  label: string,
  key: RsaPrivateKey,
): { identity: () => Promise<string>; identityProof: "credential" | "session" } {
  return typeof key === "string"
    ? { identity: () => credentialIdentity(label, key), identityProof: "credential" }
    : { identity: () => shortHash(label), identityProof: "session" };
}

const ALGORITHM = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const;

/** Imports the key once; a key Web Crypto refuses is a validation error naming `field`. */
export async function importRsaPrivateKey(key: RsaPrivateKey, field: string): Promise<CryptoKey> {
  if (typeof key !== "string") return key;
  const match = PEM.exec(key);
  const refused = () =>
    new InfisicalValidationError([
      { field, reason: "expected an RSA private key that Web Crypto can import" },
    ]);
  if (!match) throw refused();
  let der: Uint8Array;
  try {
    der = base64ToBytes((match[2] ?? "").replace(/\s+/g, ""));
  } catch {
    throw refused();
  }
  const pkcs8 = match[1] ? wrapPkcs1(der) : der;
  try {
    return await crypto.subtle.importKey(
      "pkcs8",
      pkcs8 as Uint8Array<ArrayBuffer>,
      ALGORITHM,
      false,
      ["sign"],
    );
  } catch {
    throw refused();
  }
}

export async function rsaSign(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign(ALGORITHM, key, data as Uint8Array<ArrayBuffer>));
}

// PrivateKeyInfo ::= SEQUENCE { INTEGER 0, AlgorithmIdentifier rsaEncryption, OCTET STRING key }
const VERSION = [0x02, 0x01, 0x00];
const RSA_ENCRYPTION = [
  0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
];

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return [0x80 | bytes.length, ...bytes];
}

function wrapPkcs1(pkcs1: Uint8Array): Uint8Array {
  const octets = [0x04, ...derLength(pkcs1.length)];
  const innerLength = VERSION.length + RSA_ENCRYPTION.length + octets.length + pkcs1.length;
  const head = [0x30, ...derLength(innerLength), ...VERSION, ...RSA_ENCRYPTION, ...octets];
  const out = new Uint8Array(head.length + pkcs1.length);
  out.set(head);
  out.set(pkcs1, head.length);
  return out;
}
