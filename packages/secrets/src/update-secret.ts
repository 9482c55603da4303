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

export interface UpdateSecretOptions extends LocationOptions {
  /** The name of the secret to update. */
  secretName: string;
  /** Rename the secret. */
  newSecretName?: string;
  /** The new value. */
  secretValue?: string;
  /** The new comment. */
  secretComment?: string;
  /** Replaces the secret's metadata. */
  secretMetadata?: {
    /** The metadata key. */
    key: string;
    /** The metadata value. */
    value?: string;
    /** Store the value encrypted on the server. */
    isEncrypted?: boolean;
  }[];
  /** Replaces the secret's tag set. */
  tagIds?: string[];
  /** Tag slugs, resolved to ids (one tag list per client and project, remembered). */
  tagSlugs?: string[];
  /** Store a multiline value as is, without the server's multiline encoding. */
  skipMultilineEncoding?: boolean;
  /** `shared` (default) or `personal` (the calling user's override). */
  type?: "shared" | "personal";
  /** Days between rotation reminders; `null` removes the reminder. */
  secretReminderRepeatDays?: number | null;
  /** The reminder's note; `null` removes it. */
  secretReminderNote?: string | null;
  /** User ids to remind. */
  secretReminderRecipients?: string[];
}

const Options = v.object({
  ...LocationEntries,
  secretName: schemas.SecretName,
  newSecretName: v.optional(schemas.SecretName),
  secretValue: v.optional(v.string("a string")),
  secretComment: v.optional(v.string("a string")),
  secretMetadata: v.optional(MetadataInput),
  tagIds: v.optional(TagIds),
  tagSlugs: v.optional(TagSlugs),
  skipMultilineEncoding: v.optional(schemas.Bool),
  type: v.optional(SecretType, "shared"),
  secretReminderRepeatDays: ReminderDays,
  secretReminderNote: ReminderNote,
  secretReminderRecipients: v.optional(v.array(schemas.NonEmpty, "an array of user ids")),
});

/** Updates (or renames) a secret. Answers `{ secret }`, or `{ approval }` under a policy. */
export async function updateSecret(
  client: InfisicalClient,
  options: UpdateSecretOptions,
): Promise<SecretWriteResult> {
  return writeSecret(client, "PATCH", parseLocated(Options, options), tagIdsOf(client));
}
