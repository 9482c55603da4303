import type { InfisicalClient } from "@infisical-edge/core";
import { schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import {
  LocationEntries,
  type LocationOptions,
  MetadataInput,
  parseLocated,
  ReminderDays,
  ReminderNote,
  SecretType,
  TagIds,
  TagSlugs,
} from "./options.js";
import { writeSecret } from "./secret-write.js";
import { tagIdsOf } from "./tag-ids.js";
import type { SecretWriteResult } from "./write-schemas.js";

export interface CreateSecretOptions extends LocationOptions {
  /** The new secret's name (key). */
  secretName: string;
  /** The secret's value. */
  secretValue: string;
  /** A comment stored with the secret. */
  secretComment?: string;
  /** Key-value metadata attached to the secret. */
  secretMetadata?: {
    /** The metadata key. */
    key: string;
    /** The metadata value. */
    value?: string;
    /** Store the value encrypted on the server. */
    isEncrypted?: boolean;
  }[];
  /** Ids of the tags to attach. */
  tagIds?: string[];
  /** Tag slugs, resolved to ids (one tag list per client and project, remembered). */
  tagSlugs?: string[];
  /** Store a multiline value as is, without the server's multiline encoding. */
  skipMultilineEncoding?: boolean;
  /** `shared` (default) or `personal` (a per-user override of a shared key). */
  type?: "shared" | "personal";
  /** Days between reminders to rotate the secret. */
  secretReminderRepeatDays?: number | null;
  /** A note shown with the reminder. */
  secretReminderNote?: string | null;
}

const Options = v.object({
  ...LocationEntries,
  secretName: schemas.SecretName,
  secretValue: v.string("a string"),
  secretComment: v.optional(v.string("a string")),
  secretMetadata: v.optional(MetadataInput),
  tagIds: v.optional(TagIds),
  tagSlugs: v.optional(TagSlugs),
  skipMultilineEncoding: v.optional(schemas.Bool),
  type: v.optional(SecretType, "shared"),
  secretReminderRepeatDays: ReminderDays,
  secretReminderNote: ReminderNote,
});

/**
 * Creates a secret (`POST /api/v4/secrets/{secretName}`) and drops the cached reads it makes
 * stale. Answers `{ secret }`, or `{ approval }` when a change policy requires review.
 *
 * @throws `InfisicalValidationError` when an option is invalid, before any request.
 * @throws `InfisicalAuthError` when the client's login is refused.
 * @throws `InfisicalApiError` when the server answers with an error status (a 4xx when
 * the secret already exists).
 *
 * @example
 * ```ts
 * const result = await createSecret(client, {
 *   projectId: "PROJECT_ID",
 *   environment: "dev",
 *   secretName: "API_KEY",
 *   secretValue: "s3cr3t",
 * });
 * if (result.approval) console.log("awaiting review", result.approval.id);
 * ```
 */
export async function createSecret(
  client: InfisicalClient,
  options: CreateSecretOptions,
): Promise<SecretWriteResult> {
  return writeSecret(client, "POST", parseLocated(Options, options), tagIdsOf(client));
}
