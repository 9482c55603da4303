import { type InfisicalClient, InfisicalValidationError } from "@infisical-edge/core";
import { parseOptions, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import {
  ASYMMETRIC_ALGORITHMS,
  Description,
  KeyAlgorithm,
  KeyName,
  KeyUsage,
  SYMMETRIC_ALGORITHMS,
} from "./key-options.js";
import { KeyResponse, type KmsKey } from "./key-schemas.js";
import { KMS_BASE, Signal } from "./options.js";

/** Options of {@link createKey}. */
export interface CreateKeyOptions {
  /** A project of type `kms`. */
  projectId: string;
  /** A slug: lowercase letters, digits and single hyphens, 1 to 32 characters. */
  name: string;
  /** A free-text description of the key. */
  description?: string;
  /** `encrypt-decrypt` (default) or `sign-verify`. */
  keyUsage?: "encrypt-decrypt" | "sign-verify";
  /**
   * `aes-256-gcm` (default) or `aes-128-gcm` for encrypt-decrypt keys; `RSA_4096` or
   * `ECC_NIST_P256` (required) for sign-verify keys.
   */
  encryptionAlgorithm?: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const Options = v.object({
  projectId: schemas.ProjectId,
  name: KeyName,
  description: v.optional(Description),
  keyUsage: v.optional(KeyUsage, "encrypt-decrypt"),
  encryptionAlgorithm: v.optional(KeyAlgorithm),
  signal: Signal,
});

const known = (list: readonly string[], value: string) => list.includes(value);

// The server's rule (422 otherwise): the algorithm must fit the usage. Only known names are
// judged here, so algorithms a newer server adds still pass through.
function algorithmFor(usage: string, algorithm: string | undefined): string {
  if (usage === "encrypt-decrypt") {
    if (algorithm === undefined) return "aes-256-gcm";
    if (!known(ASYMMETRIC_ALGORITHMS, algorithm)) return algorithm;
    throw new InfisicalValidationError([
      {
        field: "encryptionAlgorithm",
        reason:
          "expected a symmetric algorithm (aes-256-gcm or aes-128-gcm) for an encrypt-decrypt key",
      },
    ]);
  }
  if (algorithm !== undefined && !known(SYMMETRIC_ALGORITHMS, algorithm)) return algorithm;
  throw new InfisicalValidationError([
    {
      field: "encryptionAlgorithm",
      reason: "expected an asymmetric algorithm (RSA_4096 or ECC_NIST_P256) for a sign-verify key",
    },
  ]);
}

/** Creates a KMS key. The name is checked before any request is sent. */
export async function createKey(
  client: InfisicalClient,
  options: CreateKeyOptions,
): Promise<KmsKey> {
  const { signal, ...fields } = parseOptions(Options, options);
  const body = {
    ...fields,
    encryptionAlgorithm: algorithmFor(fields.keyUsage, fields.encryptionAlgorithm),
  };
  const response = await client.send({ method: "POST", path: KMS_BASE, body, signal });
  return parseResponse(KeyResponse, response, "POST", KMS_BASE).key;
}
