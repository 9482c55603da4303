import type { InfisicalClient } from "@infisical-edge/core";
import { bytesToBase64, parseOptions } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { encryptBase64 } from "./data.js";
import { BoundedPayload, KeyId, Signal } from "./options.js";

export interface EncryptOptions {
  /** A symmetric (`encrypt-decrypt`) key. */
  keyId: string;
  /** Bytes, or a string encrypted as its UTF-8 bytes; at most 4096 bytes. */
  plaintext: Uint8Array | string;
  signal?: AbortSignal;
}

const Options = v.object({ keyId: KeyId, plaintext: BoundedPayload, signal: Signal });

/** Encrypts up to 4096 bytes with a KMS key; answers the ciphertext as base64. */
export async function encrypt(client: InfisicalClient, options: EncryptOptions): Promise<string> {
  const o = parseOptions(Options, options);
  return encryptBase64(client, o.keyId, bytesToBase64(o.plaintext), o.signal);
}
