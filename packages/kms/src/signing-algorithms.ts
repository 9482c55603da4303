// The signing algorithms of the API, and how Web Crypto spells each one.

/** The signing algorithms the KMS API knows (RSA PSS and PKCS #1 v1.5, ECDSA), by API name. */
export const SIGNING_ALGORITHMS = [
  "RSASSA_PSS_SHA_256",
  "RSASSA_PSS_SHA_384",
  "RSASSA_PSS_SHA_512",
  "RSASSA_PKCS1_V1_5_SHA_256",
  "RSASSA_PKCS1_V1_5_SHA_384",
  "RSASSA_PKCS1_V1_5_SHA_512",
  "ECDSA_SHA_256",
  "ECDSA_SHA_384",
  "ECDSA_SHA_512",
] as const;

/** A signing algorithm's API name, e.g. `RSASSA_PSS_SHA_256` or `ECDSA_SHA_256`. */
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

export type HashName = "SHA-256" | "SHA-384" | "SHA-512";

export interface WebCryptoScheme {
  family: "RSA" | "EC";
  /** The algorithm name a public key is imported under. */
  name: "RSA-PSS" | "RSASSA-PKCS1-v1_5" | "ECDSA";
  hash: HashName;
  /** The parameters of `crypto.subtle.verify`. */
  params: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
}

/** Infisical signs RSA-PSS with a salt as long as the digest, as most KMSs do. */
export function webCryptoScheme(algorithm: SigningAlgorithm): WebCryptoScheme {
  const hash = `SHA-${algorithm.slice(-3)}` as HashName;
  if (algorithm.startsWith("RSASSA_PSS")) {
    const name = "RSA-PSS";
    return {
      family: "RSA",
      name,
      hash,
      params: { name, saltLength: Number(algorithm.slice(-3)) / 8 },
    };
  }
  if (algorithm.startsWith("RSASSA_PKCS1")) {
    const name = "RSASSA-PKCS1-v1_5";
    return { family: "RSA", name, hash, params: { name } };
  }
  return { family: "EC", name: "ECDSA", hash, params: { name: "ECDSA", hash } };
}
