// Response schemas for the secrets routes, checked on arrival. Objects are loose (the
// server adds fields over time); only the fields the SDK and its users rely on are required.

import * as v from "valibot";

const nullishString = v.nullish(v.string());

export const SecretMetadataEntry = v.looseObject({
  key: v.string(),
  value: v.optional(v.string()),
  isEncrypted: v.optional(v.boolean()),
});

export const SecretTag = v.looseObject({
  id: v.string(),
  slug: v.string(),
  name: v.optional(v.string()),
  color: nullishString,
});

export const SecretSchema = v.looseObject({
  id: v.string(),
  _id: v.optional(v.string()),
  workspace: v.string(),
  environment: v.string(),
  version: v.number(),
  type: v.string(),
  secretKey: v.string(),
  secretValue: v.string(),
  secretComment: v.optional(v.string()),
  secretReminderNote: nullishString,
  secretReminderRepeatDays: v.nullish(v.number()),
  skipMultilineEncoding: v.nullish(v.boolean()),
  // Older servers and approval paths omit the timestamps.
  createdAt: v.optional(v.string()),
  updatedAt: v.optional(v.string()),
  isRotatedSecret: v.optional(v.boolean()),
  rotationId: nullishString,
  secretPath: v.optional(v.string()),
  secretValueHidden: v.optional(v.boolean()),
  secretMetadata: v.nullish(v.array(SecretMetadataEntry)),
  tags: v.optional(v.array(SecretTag)),
});

export const SecretImportSchema = v.looseObject({
  secretPath: v.string(),
  environment: v.string(),
  folderId: v.optional(v.string()),
  secrets: v.array(SecretSchema),
});

// No default for a missing `imports` (listSecrets supplies it): a schema whose output
// equals its input is checked in place (see core's parseResponse).
export const ListSecretsResponse = v.looseObject({
  secrets: v.array(SecretSchema),
  imports: v.optional(v.array(SecretImportSchema)),
});

export const GetSecretResponse = v.looseObject({ secret: SecretSchema });

/** An approval request created instead of the change, when a policy covers the path. */
export const ApprovalSchema = v.looseObject({ id: v.optional(v.string()) });

// Results are reshaped to exact objects whose other key is `undefined`, so that
// `if (result.secret)` narrows the union in TypeScript.
export const SecretWriteResponse = v.union([
  v.pipe(
    v.looseObject({ secret: SecretSchema }),
    v.transform((b): { secret: Secret; approval?: undefined } => ({ secret: b.secret })),
  ),
  v.pipe(
    v.looseObject({ approval: ApprovalSchema }),
    v.transform((b): { approval: Approval; secret?: undefined } => ({ approval: b.approval })),
  ),
]);

export const SecretsWriteResponse = v.union([
  v.pipe(
    v.looseObject({ secrets: v.array(SecretSchema) }),
    v.transform((b): { secrets: Secret[]; approval?: undefined } => ({ secrets: b.secrets })),
  ),
  v.pipe(
    v.looseObject({ approval: ApprovalSchema }),
    v.transform((b): { approval: Approval; secrets?: undefined } => ({ approval: b.approval })),
  ),
]);

export type Secret = v.InferOutput<typeof SecretSchema>;
export type SecretImport = v.InferOutput<typeof SecretImportSchema>;
export type Approval = v.InferOutput<typeof ApprovalSchema>;
/** Writes answer `{ secret }`, or `{ approval }` when a change request was opened instead. */
export type SecretWriteResult = v.InferOutput<typeof SecretWriteResponse>;
export type SecretsWriteResult = v.InferOutput<typeof SecretsWriteResponse>;
export interface ListSecretsResult {
  secrets: Secret[];
  imports: SecretImport[];
}
