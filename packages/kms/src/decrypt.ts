import type { InfisicalClient } from "@infisical-edge/core";
import { base64ToBytes, parseOptions, utf8Decode } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { decryptBase64 } from "./data.js";
import { Base64, KeyId, Signal } from "./options.js";

export interface DecryptOptions {
  keyId: string;
  /** The base64 ciphertext `encrypt` (or any Infisical SDK) returned. */
  ciphertext: string;
  signal?: AbortSignal;
}

const Options = v.object({ keyId: KeyId, ciphertext: Base64, signal: Signal });

/** Decrypts a KMS ciphertext; answers the plaintext bytes. */
export async function decrypt(
  client: InfisicalClient,
  options: DecryptOptions,
): Promise<Uint8Array> {
  const o = parseOptions(Options, options);
  return base64ToBytes(await decryptBase64(client, o.keyId, o.ciphertext, o.signal));
}

/** Like `decrypt`, decoding the plaintext as UTF-8. */
export async function decryptText(
  client: InfisicalClient,
  options: DecryptOptions,
): Promise<string> {
  return utf8Decode(await decrypt(client, options));
}
