import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { Description, KeyName } from "./key-options.js";
import { KeyResponse, type KmsKey } from "./key-schemas.js";
import { KeyId, keyUrl, Signal } from "./options.js";

/** Options of {@link updateKey}. */
export interface UpdateKeyOptions {
  /** The key's id. */
  keyId: string;
  /** Rename the key (a slug of 1 to 32 characters). */
  name?: string;
  /** The new description. */
  description?: string;
  /** A disabled key refuses every cryptographic operation (400 "Key is disabled"). */
  isDisabled?: boolean;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const Options = v.object({
  keyId: KeyId,
  name: v.optional(KeyName),
  description: v.optional(Description),
  isDisabled: v.optional(schemas.Bool),
  signal: Signal,
});

/** Renames, describes, disables or re-enables a key. */
export async function updateKey(
  client: InfisicalClient,
  options: UpdateKeyOptions,
): Promise<KmsKey> {
  const { keyId, signal, ...body } = parseOptions(Options, options);
  const path = keyUrl(keyId);
  const response = await client.send({ method: "PATCH", path, body, signal });
  return parseResponse(KeyResponse, response, "PATCH", path).key;
}
