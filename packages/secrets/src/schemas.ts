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

export const GetSecretResponse = v.looseObject({ secret: SecretSchema });

export type Secret = v.InferOutput<typeof SecretSchema>;
