// The key and signing algorithms the emulator implements, named as the server names them.

export type KeyUsage = "encrypt-decrypt" | "sign-verify";
export const KEY_USAGES: readonly KeyUsage[] = ["encrypt-decrypt", "sign-verify"];

export const SYMMETRIC_ALGORITHMS = ["aes-256-gcm", "aes-128-gcm"] as const;
export const ASYMMETRIC_ALGORITHMS = ["RSA_4096", "ECC_NIST_P256"] as const;
export type SymmetricAlgorithm = (typeof SYMMETRIC_ALGORITHMS)[number];
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];
export type KeyAlgorithm = SymmetricAlgorithm | AsymmetricAlgorithm;
export const KEY_ALGORITHMS: readonly KeyAlgorithm[] = [
  ...SYMMETRIC_ALGORITHMS,
  ...ASYMMETRIC_ALGORITHMS,
];

// Listed in the order the server answers `signing-algorithms` (strongest hash first).
export const RSA_SIGNING_ALGORITHMS = [
  "RSASSA_PSS_SHA_512",
  "RSASSA_PSS_SHA_384",
  "RSASSA_PSS_SHA_256",
  "RSASSA_PKCS1_V1_5_SHA_512",
  "RSASSA_PKCS1_V1_5_SHA_384",
  "RSASSA_PKCS1_V1_5_SHA_256",
] as const;
export const ECC_SIGNING_ALGORITHMS = ["ECDSA_SHA_512", "ECDSA_SHA_384", "ECDSA_SHA_256"] as const;
export type SigningAlgorithm =
  | (typeof RSA_SIGNING_ALGORITHMS)[number]
  | (typeof ECC_SIGNING_ALGORITHMS)[number];
export const SIGNING_ALGORITHMS: readonly SigningAlgorithm[] = [
  ...RSA_SIGNING_ALGORITHMS,
  ...ECC_SIGNING_ALGORITHMS,
];

export const isSymmetric = (algorithm: string): algorithm is SymmetricAlgorithm =>
  (SYMMETRIC_ALGORITHMS as readonly string[]).includes(algorithm);

export const isAsymmetric = (algorithm: string): algorithm is AsymmetricAlgorithm =>
  (ASYMMETRIC_ALGORITHMS as readonly string[]).includes(algorithm);

export function signingAlgorithmsFor(algorithm: AsymmetricAlgorithm): readonly SigningAlgorithm[] {
  return algorithm === "RSA_4096" ? RSA_SIGNING_ALGORITHMS : ECC_SIGNING_ALGORITHMS;
}

export type HashName = "SHA-256" | "SHA-384" | "SHA-512";

export function hashOf(signingAlgorithm: SigningAlgorithm): HashName {
  return `SHA-${signingAlgorithm.slice(-3)}` as HashName;
}
