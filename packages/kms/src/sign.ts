import type { InfisicalClient } from "@infisical-edge/core";
import { bytesToBase64, parseOptions, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { KeyId, keyUrl, Signal } from "./options.js";
import type { SigningAlgorithm } from "./signing-algorithms.js";
import { AlgorithmName, SignatureInput, SignedData } from "./signing-options.js";
import {
  SignResponse,
  type SignResult,
  VerifyResponse,
  type VerifyResult,
} from "./signing-schemas.js";

/** Options of {@link sign}. */
export interface SignOptions {
  /** A `sign-verify` key. */
  keyId: string;
  /** At most 4096 bytes: bytes, or a string signed as its UTF-8 bytes. */
  data: Uint8Array | string;
  /** The signing algorithm, one of those the key supports (see `listSigningAlgorithms`). */
  signingAlgorithm: SigningAlgorithm | (string & {});
  /** `data` is already a digest of the algorithm's hash. Default false. */
  isDigest?: boolean;
  /** Aborts the request. */
  signal?: AbortSignal;
}

/** Options of {@link verify}: those of `sign`, plus the signature to check. */
export interface VerifyOptions extends SignOptions {
  /** Base64 (as `sign` answers it) or bytes. */
  signature: string | Uint8Array;
}

const SignSchema = v.object({
  keyId: KeyId,
  data: SignedData,
  signingAlgorithm: AlgorithmName,
  isDigest: v.optional(schemas.Bool, false),
  signal: Signal,
});

const VerifySchema = v.object({ ...SignSchema.entries, signature: SignatureInput });

// The server refuses this pair (400 "RSA PSS does not support digested input"); verify takes it.
const SignRequest = v.pipe(
  SignSchema,
  v.forward(
    v.check(
      (o) => !(o.isDigest && o.signingAlgorithm.startsWith("RSASSA_PSS")),
      "RSA-PSS signs the message, not a digest: give the data, or use RSASSA_PKCS1_V1_5 or ECDSA",
    ),
    ["isDigest"],
  ),
);

/** Signs data with a KMS key (the private key never leaves Infisical). */
export async function sign(client: InfisicalClient, options: SignOptions): Promise<SignResult> {
  const o = parseOptions(SignRequest, options);
  const path = keyUrl(o.keyId, "sign");
  const body = {
    signingAlgorithm: o.signingAlgorithm,
    isDigest: o.isDigest,
    data: bytesToBase64(o.data),
  };
  const response = await client.send({
    method: "POST",
    path,
    body,
    signal: o.signal,
    idempotent: true,
  });
  const { signature, keyId, signingAlgorithm } = parseResponse(
    SignResponse,
    response,
    "POST",
    path,
  );
  return { signature, keyId, signingAlgorithm };
}

/** Asks the server whether a signature is valid. `verifyLocally` answers without a request. */
export async function verify(
  client: InfisicalClient,
  options: VerifyOptions,
): Promise<VerifyResult> {
  const o = parseOptions(VerifySchema, options);
  const path = keyUrl(o.keyId, "verify");
  const body = {
    signingAlgorithm: o.signingAlgorithm,
    isDigest: o.isDigest,
    data: bytesToBase64(o.data),
    signature: bytesToBase64(o.signature),
  };
  const response = await client.send({
    method: "POST",
    path,
    body,
    signal: o.signal,
    idempotent: true,
  });
  const { signatureValid, keyId, signingAlgorithm } = parseResponse(
    VerifyResponse,
    response,
    "POST",
    path,
  );
  return { signatureValid, keyId, signingAlgorithm };
}
