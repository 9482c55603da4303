// Response schemas of the key routes. Objects are loose (the server adds fields over time).

import * as v from "valibot";

/** Validates one KMS key as the server returns it. */
export const KmsKeySchema = v.looseObject({
  /** The key's id. */
  id: v.string(),
  /** The key's name (a slug, unique in its project). */
  name: v.string(),
  /** A free-text description. */
  description: v.nullish(v.string()),
  /** Whether the key is disabled (a disabled key refuses every cryptographic operation). */
  isDisabled: v.nullish(v.boolean()),
  /** The id of the organization owning the key. */
  orgId: v.string(),
  /** The id of the project holding the key. */
  projectId: v.string(),
  /** `encrypt-decrypt` or `sign-verify` (newer servers add more). */
  keyUsage: v.string(),
  /** The key's version. */
  version: v.number(),
  /** `aes-256-gcm`, `aes-128-gcm`, `RSA_4096`, `ECC_NIST_P256`, ... */
  encryptionAlgorithm: v.string(),
  /** ISO 8601 creation time. */
  createdAt: v.string(),
  /** ISO 8601 time of the last change. */
  updatedAt: v.string(),
  /** Whether the key material can be exported. */
  isExportable: v.optional(v.boolean()),
});

/** Validates the server's answer for one key (get, create, update, delete): `{ key }`. */
export const KeyResponse = v.looseObject({
  /** The key. */
  key: KmsKeySchema,
});

/** Validates the server's answer to listing keys: `{ keys, totalCount }`. */
export const ListKeysResponse = v.looseObject({
  /** The keys of this page. */
  keys: v.array(KmsKeySchema),
  /** Keys matching `search` in the whole project, not only this page. */
  totalCount: v.number(),
});

/** A KMS key's metadata (never its key material). */
export type KmsKey = v.InferOutput<typeof KmsKeySchema>;
/** What `listKeys` resolves to. */
export interface ListKeysResult {
  /** The keys of this page. */
  keys: KmsKey[];
  /** Keys matching `search` in the whole project, not only this page. */
  totalCount: number;
}
