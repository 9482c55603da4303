import type { InfisicalClient } from "@infisical-edge/core";
import { parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { projectOf, secretUrl, writeThenInvalidate } from "./location.js";
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
import { withTagIds } from "./tag-ids.js";
import { SecretWriteResponse, type SecretWriteResult } from "./write-schemas.js";

export interface UpdateSecretOptions extends LocationOptions {
  secretName: string;
  /** Rename the secret. */
  newSecretName?: string;
  secretValue?: string;
  secretComment?: string;
  secretMetadata?: { key: string; value?: string; isEncrypted?: boolean }[];
  /** Replaces the secret's tag set. */
  tagIds?: string[];
  /** Tag slugs, resolved to ids (one tag list per client and project, remembered). */
  tagSlugs?: string[];
  skipMultilineEncoding?: boolean;
  type?: "shared" | "personal";
  secretReminderRepeatDays?: number | null;
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
  const { signal, projectSlug, secretName, ...fields } = parseLocated(Options, options);
  const projectId = await projectOf(client, { ...fields, projectSlug, signal });
  const path = secretUrl(secretName);
  return writeThenInvalidate(
    client,
    projectId,
    fields.environment,
    [fields.secretPath],
    async () => {
      const body = { ...(await withTagIds(client, projectId, fields)), projectId };
      const response = await client.send({ method: "PATCH", path, body, signal });
      return parseResponse(SecretWriteResponse, response, "PATCH", path);
    },
  );
}
