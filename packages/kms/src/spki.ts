// What kind of public key a DER SubjectPublicKeyInfo holds, read from its algorithm OIDs,
// so the right Web Crypto import is chosen without a full ASN.1 parser.

export interface PublicKeyKind {
  family: "RSA" | "EC";
  /** EC only. */
  namedCurve?: "P-256" | "P-384" | "P-521";
  /** EC only: bytes of r and of s in a P1363 signature. */
  size?: number;
}

// OID encodings: id-ecPublicKey, and the three NIST curves.
const EC_PUBLIC_KEY = [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const CURVES: [number[], NonNullable<PublicKeyKind["namedCurve"]>, number][] = [
  [[0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07], "P-256", 32],
  [[0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22], "P-384", 48],
  [[0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x23], "P-521", 66],
];
const RSA_ENCRYPTION = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

function contains(haystack: Uint8Array, needle: number[], within: number): boolean {
  const end = Math.min(haystack.length, within) - needle.length;
  for (let i = 0; i <= end; i++) {
    if (needle.every((byte, j) => haystack[i + j] === byte)) return true;
  }
  return false;
}

/** undefined when the key is neither RSA nor a NIST-curve EC key. */
export function publicKeyKind(spki: Uint8Array): PublicKeyKind | undefined {
  // The algorithm identifier sits in the first few dozen bytes.
  if (contains(spki, EC_PUBLIC_KEY, 32)) {
    for (const [oid, namedCurve, size] of CURVES) {
      if (contains(spki, oid, 40)) return { family: "EC", namedCurve, size };
    }
    return undefined;
  }
  return contains(spki, RSA_ENCRYPTION, 32) ? { family: "RSA" } : undefined;
}
