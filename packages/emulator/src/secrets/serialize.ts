import { iso } from "../clock.js";
import type { ProjectRecord, SecretFields, SecretRecord, SecretVersionRecord } from "../state.js";

// Secret JSON per endpoint. The real server's shapes differ slightly per route (see the
// recordings), so each variant is spelled out with the recorded key order.

export const HIDDEN_VALUE = "<hidden-by-infisical>";

/** The value a reader sees: masked, expanded, or raw. */
export interface SecretView {
  value: string;
  hidden: boolean;
}

type Fields = SecretFields & { version: number; updatedAt: number };

function head(secret: SecretRecord, fields: Fields, value: string) {
  return {
    id: secret.id,
    _id: secret.id,
    workspace: secret.projectId,
    environment: secret.environment,
    version: fields.version,
    type: secret.type,
    secretKey: fields.secretKey,
    secretValue: value,
    secretComment: fields.secretComment,
    secretReminderNote: fields.secretReminderNote,
    secretReminderRepeatDays: fields.secretReminderRepeatDays,
    skipMultilineEncoding: fields.skipMultilineEncoding,
    createdAt: iso(secret.createdAt),
    updatedAt: iso(fields.updatedAt),
  };
}

const ROTATION = { isRotatedSecret: false, rotationId: null } as const;

/** A list filtered by `tagSlugs` shows only the matching tags (the server's join, recorded). */
function tagsJson(project: ProjectRecord | undefined, fields: SecretFields, onlySlugs?: string[]) {
  return fields.tagIds.flatMap((id) => {
    const tag = project?.tags.find((candidate) => candidate.id === id);
    if (!tag || (onlySlugs?.length && !onlySlugs.includes(tag.slug))) return [];
    return [{ id: tag.id, slug: tag.slug, color: tag.color, name: tag.slug }];
  });
}

function metadataJson(fields: SecretFields) {
  return fields.secretMetadata.map(({ key, value, isEncrypted }) => ({ key, value, isEncrypted }));
}

/** Create (single and batch). */
export function createdJson(secret: SecretRecord) {
  return { ...head(secret, secret, secret.secretValue), ...ROTATION };
}

/** Update (single and batch). */
export function updatedJson(secret: SecretRecord) {
  return { ...createdJson(secret), secretValueHidden: false };
}

/** Delete (single and batch): no rotation fields. */
export function deletedJson(secret: SecretRecord) {
  return { ...head(secret, secret, secret.secretValue), secretValueHidden: false };
}

/** Get by name. */
export function fetchedJson(
  project: ProjectRecord | undefined,
  secret: SecretRecord,
  view: SecretView,
  secretPath: string,
) {
  return {
    ...head(secret, secret, view.value),
    ...ROTATION,
    secretValueHidden: view.hidden,
    secretPath,
    tags: tagsJson(project, secret),
    secretMetadata: metadataJson(secret),
  };
}

/** Get by name with `version`: a history row, without rotation, tags or metadata. */
export function versionJson(
  secret: SecretRecord,
  version: SecretVersionRecord,
  view: SecretView,
  secretPath: string,
) {
  return { ...head(secret, version, view.value), secretValueHidden: view.hidden, secretPath };
}

/** Get by id: the raw value, no `secretValueHidden`. */
export function byIdJson(
  project: ProjectRecord | undefined,
  secret: SecretRecord,
  secretPath: string,
) {
  return {
    ...head(secret, secret, secret.secretValue),
    ...ROTATION,
    secretPath,
    tags: tagsJson(project, secret),
    secretMetadata: metadataJson(secret),
  };
}

/** An item of a list response. */
export function listedJson(
  project: ProjectRecord | undefined,
  secret: SecretRecord,
  view: SecretView,
  secretPath: string,
  tagSlugs?: string[],
) {
  return {
    ...head(secret, secret, view.value),
    ...ROTATION,
    secretPath,
    secretValueHidden: view.hidden,
    secretMetadata: metadataJson(secret),
    tags: tagsJson(project, secret, tagSlugs),
  };
}

/** An item inside `imports[].secrets`: a reduced shape with an empty `workspace`. */
export function importedJson(secret: SecretRecord, view: SecretView) {
  return {
    id: secret.id,
    _id: secret.id,
    workspace: "",
    environment: secret.environment,
    version: secret.version,
    type: secret.type,
    secretKey: secret.secretKey,
    secretValue: view.value,
    secretComment: secret.secretComment,
    skipMultilineEncoding: secret.skipMultilineEncoding,
    ...ROTATION,
    secretValueHidden: view.hidden,
    secretMetadata: metadataJson(secret),
  };
}
