import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { KeyId, keyUrl, Signal } from "./options.js";
import { PublicKeyResponse, SigningAlgorithmsResponse } from "./signing-schemas.js";

/** Options of {@link getPublicKey} and {@link listSigningAlgorithms}: a key by id. */
export interface KeyOptions {
  /** The id of a `sign-verify` key. */
  keyId: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const Options = v.object({ keyId: KeyId, signal: Signal });

/** The public key of a sign-verify key: base64 of its DER SubjectPublicKeyInfo. */
export async function getPublicKey(client: InfisicalClient, options: KeyOptions): Promise<string> {
  const o = parseOptions(Options, options);
  const path = keyUrl(o.keyId, "public-key");
  const response = await client.send({ method: "GET", path, signal: o.signal });
  return parseResponse(PublicKeyResponse, response, "GET", path).publicKey;
}

/** The signing algorithms a key accepts (ECDSA_* for ECC keys, RSASSA_* for RSA keys). */
export async function listSigningAlgorithms(
  client: InfisicalClient,
  options: KeyOptions,
): Promise<string[]> {
  const o = parseOptions(Options, options);
  const path = keyUrl(o.keyId, "signing-algorithms");
  const response = await client.send({ method: "GET", path, signal: o.signal });
  return parseResponse(SigningAlgorithmsResponse, response, "GET", path).signingAlgorithms;
}
