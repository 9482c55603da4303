// Response schemas of the signing routes.

import * as v from "valibot";
import { isApiBase64 } from "./options.js";

const Base64Text = v.pipe(v.string(), v.check(isApiBase64, "base64"));

export const SignResponse = v.looseObject({
  signature: Base64Text,
  keyId: v.string(),
  signingAlgorithm: v.string(),
});

export const VerifyResponse = v.looseObject({
  signatureValid: v.boolean(),
  keyId: v.string(),
  signingAlgorithm: v.string(),
});

export const PublicKeyResponse = v.looseObject({ publicKey: Base64Text });

export const SigningAlgorithmsResponse = v.looseObject({ signingAlgorithms: v.array(v.string()) });

export interface SignResult {
  /** Base64; DER-encoded for ECDSA, as the server (and OpenSSL) produce it. */
  signature: string;
  keyId: string;
  signingAlgorithm: string;
}

export interface VerifyResult {
  signatureValid: boolean;
  keyId: string;
  signingAlgorithm: string;
}
