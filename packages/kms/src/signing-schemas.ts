// Response schemas of the signing routes.

import * as v from "valibot";
import { isApiBase64 } from "./options.js";

const Base64Text = v.pipe(v.string(), v.check(isApiBase64, "base64"));

/** Validates the server's answer to signing. */
export const SignResponse = v.looseObject({
  /** The signature, base64. */
  signature: Base64Text,
  /** The id of the key that signed. */
  keyId: v.string(),
  /** The algorithm used. */
  signingAlgorithm: v.string(),
});

/** Validates the server's answer to verifying. */
export const VerifyResponse = v.looseObject({
  /** Whether the signature is valid for the data. */
  signatureValid: v.boolean(),
  /** The id of the key used. */
  keyId: v.string(),
  /** The algorithm used. */
  signingAlgorithm: v.string(),
});

/** Validates the server's answer for a key's public key: `{ publicKey }`. */
export const PublicKeyResponse = v.looseObject({
  /** The public key, base64 (DER, SubjectPublicKeyInfo). */
  publicKey: Base64Text,
});

/** Validates the server's answer listing a key's signing algorithms. */
export const SigningAlgorithmsResponse = v.looseObject({
  /** The algorithms' API names. */
  signingAlgorithms: v.array(v.string()),
});

/** What `sign` resolves to. */
export interface SignResult {
  /** Base64; DER-encoded for ECDSA, as the server (and OpenSSL) produce it. */
  signature: string;
  /** The id of the key that signed. */
  keyId: string;
  /** The algorithm used. */
  signingAlgorithm: string;
}

/** What `verify` resolves to. */
export interface VerifyResult {
  /** Whether the signature is valid for the data. */
  signatureValid: boolean;
  /** The id of the key used. */
  keyId: string;
  /** The algorithm used. */
  signingAlgorithm: string;
}
