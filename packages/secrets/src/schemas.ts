// Response schemas for the secrets routes, checked on arrival. Objects are loose (the
// server adds fields over time); only the fields the SDK and its users rely on are required.

import * as v from "valibot";

const nullishString = v.nullish(v.string());

export const SecretMetadataEntry = v.looseObject({
  /** The metadata key. */
  key: v.string(),
  /** The metadata value. */
  value: v.optional(v.string()),
  /** Whether the server stores the value encrypted. */
  isEncrypted: v.optional(v.boolean()),
});

export const SecretTag = v.looseObject({
  /** The tag's id. */
  id: v.string(),
  /** The tag's slug. */
  slug: v.string(),
  /** The tag's display name. */
  name: v.optional(v.string()),
  /** The tag's colour, e.g. `#ff0000`. */
  color: nullishString,
});

/** Validates one secret as the server returns it (loose: the server adds fields over time). */
export const SecretSchema = v.looseObject({
  /** The secret's id. */
  id: v.string(),
  /** The same id under its legacy name. */
  _id: v.optional(v.string()),
  /** The id of the project (workspace) holding the secret. */
  workspace: v.string(),
  /** The environment's slug, e.g. `dev`. */
  environment: v.string(),
  /** The secret's version number, incremented by each change of its value. */
  version: v.number(),
  /** `shared`, or `personal` for a user's override of a shared secret. */
  type: v.string(),
  /** The secret's name (key). */
  secretKey: v.string(),
  /**
   * The secret's value (references expanded unless turned off); masked when `secretValueHidden`.
   */
  secretValue: v.string(),
  /** The secret's comment. */
  secretComment: v.optional(v.string()),
  /** The rotation reminder's note. */
  secretReminderNote: nullishString,
  /** Days between rotation reminders, if any. */
  secretReminderRepeatDays: v.nullish(v.number()),
  /** Whether the value is stored without the server's multiline encoding. */
  skipMultilineEncoding: v.nullish(v.boolean()),
  // Older servers and approval paths omit the timestamps.
  /** ISO 8601 creation time (absent on older servers and approval paths). */
  createdAt: v.optional(v.string()),
  /** ISO 8601 time of the last change (absent on older servers and approval paths). */
  updatedAt: v.optional(v.string()),
  /** Whether the secret is managed by a secret rotation. */
  isRotatedSecret: v.optional(v.boolean()),
  /** The secret rotation's id, for a rotated secret. */
  rotationId: nullishString,
  /** The secret's folder path, e.g. `/`. */
  secretPath: v.optional(v.string()),
  /** True when the caller may not read the value (`viewSecretValue: false` or no permission). */
  secretValueHidden: v.optional(v.boolean()),
  /** Key-value metadata attached to the secret. */
  secretMetadata: v.nullish(v.array(SecretMetadataEntry)),
  /** The tags attached to the secret. */
  tags: v.optional(v.array(SecretTag)),
});

/** Validates the server's answer to reading one secret: `{ secret }`. */
export const GetSecretResponse = v.looseObject({
  /** The secret. */
  secret: SecretSchema,
});

/** One secret, as `getSecret`, `listSecrets` and the writes return it. */
export type Secret = v.InferOutput<typeof SecretSchema>;
