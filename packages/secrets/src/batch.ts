// Batch create/update/delete: one request for many secrets of one folder.

import type { InfisicalClient } from "@infisical-edge/core";
import { parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { projectOf, SECRETS_BASE } from "./location.js";
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
import { writeThenInvalidate } from "./write-invalidation.js";
import { SecretsWriteResponse, type SecretsWriteResult } from "./write-schemas.js";

const BATCH_PATH = `${SECRETS_BASE}/batch`;
const nonEmptyArray = <S extends v.GenericSchema>(item: S) =>
  v.pipe(
    v.array(item, "an array"),
    v.minLength(1, "a non-empty array"),
    v.maxLength(1000, "at most 1000 items"),
  );

const CreateItem = v.object({
  /** The secret's name (key). */
  secretKey: schemas.SecretName,
  /** The secret's value. */
  secretValue: v.string("a string"),
  /** A comment stored with the secret. */
  secretComment: v.optional(v.string("a string")),
  /** Store a multiline value as is, without the server's multiline encoding. */
  skipMultilineEncoding: v.optional(schemas.Bool),
  /** Key-value metadata attached to the secret. */
  secretMetadata: v.optional(MetadataInput),
  /** Ids of the tags to attach. */
  tagIds: v.optional(TagIds),
  /** Resolved to ids, like createSecret's. */
  tagSlugs: v.optional(TagSlugs),
});

const UpdateItem = v.object({
  /** The name of the secret to update. */
  secretKey: schemas.SecretName,
  /** Rename the secret. */
  newSecretName: v.optional(schemas.SecretName),
  /** The new value. */
  secretValue: v.optional(v.string("a string")),
  /** The secret's folder, when it differs from the batch's `secretPath`. */
  secretPath: v.optional(schemas.SecretPath),
  /** The new comment. */
  secretComment: v.optional(v.string("a string")),
  /** Store a multiline value as is, without the server's multiline encoding. */
  skipMultilineEncoding: v.optional(schemas.Bool),
  /** Replaces the secret's metadata. */
  secretMetadata: v.optional(MetadataInput),
  /** Ids of the tags to attach (replaces the secret's tag set). */
  tagIds: v.optional(TagIds),
  /** Tag slugs, resolved to ids like `tagIds`. */
  tagSlugs: v.optional(TagSlugs),
  /** Days between reminders to rotate the secret; `null` removes the reminder. */
  secretReminderRepeatDays: ReminderDays,
  /** The reminder's note; `null` removes it. */
  secretReminderNote: ReminderNote,
});

const DeleteItem = v.object({
  /** The name of the secret to delete. */
  secretKey: schemas.SecretName,
  /** `shared` (default) or `personal` (the calling user's override). */
  type: v.optional(SecretType),
});

export interface CreateSecretsOptions extends LocationOptions {
  /** The secrets to create, in one request. */
  secrets: v.InferInput<typeof CreateItem>[];
}
export interface UpdateSecretsOptions extends LocationOptions {
  /** The secrets to update, in one request. */
  secrets: v.InferInput<typeof UpdateItem>[];
  /** `failOnNotFound` (default), `upsert` (create missing ones) or `ignore`. */
  mode?: "failOnNotFound" | "upsert" | "ignore";
}
export interface DeleteSecretsOptions extends LocationOptions {
  /** The secrets to delete, in one request. */
  secrets: v.InferInput<typeof DeleteItem>[];
}

const CreateOptions = v.object({ ...LocationEntries, secrets: nonEmptyArray(CreateItem) });
const UpdateOptions = v.object({
  ...LocationEntries,
  secrets: nonEmptyArray(UpdateItem),
  mode: v.optional(
    v.picklist(["failOnNotFound", "upsert", "ignore"], "failOnNotFound, upsert or ignore"),
  ),
});
const DeleteOptions = v.object({ ...LocationEntries, secrets: nonEmptyArray(DeleteItem) });

async function batch(
  client: InfisicalClient,
  method: "POST" | "PATCH" | "DELETE",
  parsed: {
    signal?: AbortSignal | undefined;
    projectSlug?: string | undefined;
    environment: string;
    secretPath: string;
    secrets: object[];
  },
): Promise<SecretsWriteResult> {
  const { signal, projectSlug, ...fields } = parsed;
  const projectId = await projectOf(client, { ...fields, projectSlug, signal });
  const paths = [
    fields.secretPath,
    ...fields.secrets.flatMap((s) =>
      "secretPath" in s && typeof s.secretPath === "string" ? [s.secretPath] : [],
    ),
  ];
  return writeThenInvalidate(client, projectId, fields.environment, paths, async () => {
    const secrets = await Promise.all(
      fields.secrets.map((item, i) =>
        withTagIds(client, projectId, item as { tagSlugs?: string[] }, `secrets.${i}.tagSlugs`),
      ),
    );
    const body = { ...fields, secrets, projectId };
    const response = await client.send({ method, path: BATCH_PATH, body, signal });
    return parseResponse(SecretsWriteResponse, response, method, BATCH_PATH);
  });
}

/** Creates many secrets in one folder at once; fails whole if any already exists. */
export async function createSecrets(client: InfisicalClient, options: CreateSecretsOptions) {
  return await batch(client, "POST", parseLocated(CreateOptions, options));
}

/** Updates many secrets at once (`mode: "upsert"` creates the missing ones). */
export async function updateSecrets(client: InfisicalClient, options: UpdateSecretsOptions) {
  return await batch(client, "PATCH", parseLocated(UpdateOptions, options));
}

/** Deletes many secrets of one folder at once. */
export async function deleteSecrets(client: InfisicalClient, options: DeleteSecretsOptions) {
  return await batch(client, "DELETE", parseLocated(DeleteOptions, options));
}
