// Response schemas of the key routes. Objects are loose (the server adds fields over time).

import * as v from "valibot";

export const KmsKeySchema = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: v.nullish(v.string()),
  isDisabled: v.nullish(v.boolean()),
  orgId: v.string(),
  projectId: v.string(),
  /** `encrypt-decrypt` or `sign-verify` (newer servers add more). */
  keyUsage: v.string(),
  version: v.number(),
  /** `aes-256-gcm`, `aes-128-gcm`, `RSA_4096`, `ECC_NIST_P256`, ... */
  encryptionAlgorithm: v.string(),
  createdAt: v.string(),
  updatedAt: v.string(),
  isExportable: v.optional(v.boolean()),
});

export const KeyResponse = v.looseObject({ key: KmsKeySchema });

export const ListKeysResponse = v.looseObject({
  keys: v.array(KmsKeySchema),
  totalCount: v.number(),
});

export type KmsKey = v.InferOutput<typeof KmsKeySchema>;
export interface ListKeysResult {
  keys: KmsKey[];
  /** Keys matching `search` in the whole project, not only this page. */
  totalCount: number;
}
