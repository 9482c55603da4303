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

export interface CreateSecretOptions extends LocationOptions {
  secretName: string;
  secretValue: string;
  secretComment?: string;
  secretMetadata?: { key: string; value?: string; isEncrypted?: boolean }[];
  tagIds?: string[];
  /** Tag slugs, resolved to ids (one tag list per client and project, remembered). */
  tagSlugs?: string[];
  skipMultilineEncoding?: boolean;
  /** `shared` (default) or `personal` (a per-user override of a shared key). */
  type?: "shared" | "personal";
  secretReminderRepeatDays?: number | null;
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

/** Creates a secret. Answers `{ secret }`, or `{ approval }` when a policy requires review. */
export async function createSecret(
  client: InfisicalClient,
  options: CreateSecretOptions,
): Promise<SecretWriteResult> {
  const { signal, projectSlug: _slug, secretName, ...fields } = parseLocated(Options, options);
  const projectId = await projectOf(client, { ...fields, projectSlug: _slug, signal });
  const path = secretUrl(secretName);
  return writeThenInvalidate(
    client,
    projectId,
    fields.environment,
    [fields.secretPath],
    async () => {
      const body = { ...(await withTagIds(client, projectId, fields)), projectId };
      const response = await client.send({ method: "POST", path, body, signal });
      return parseResponse(SecretWriteResponse, response, "POST", path);
    },
  );
}
