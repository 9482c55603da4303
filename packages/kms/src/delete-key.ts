import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { KeyResponse, type KmsKey } from "./key-schemas.js";
import { KeyId, keyUrl, Signal } from "./options.js";

/** Options of {@link deleteKey}. */
export interface DeleteKeyOptions {
  /** The key's id. */
  keyId: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const Options = v.object({ keyId: KeyId, signal: Signal });

/** Deletes a key; answers the deleted key. Its ciphertexts can no longer be decrypted. */
export async function deleteKey(
  client: InfisicalClient,
  options: DeleteKeyOptions,
): Promise<KmsKey> {
  const o = parseOptions(Options, options);
  const path = keyUrl(o.keyId);
  const response = await client.send({ method: "DELETE", path, signal: o.signal });
  return parseResponse(KeyResponse, response, "DELETE", path).key;
}
