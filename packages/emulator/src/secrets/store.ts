import { touchFolder } from "../folders/store.js";
import type { Runtime } from "../runtime.js";
import type {
  FolderRecord,
  SecretFields,
  SecretRecord,
  SecretType,
  SecretVersionRecord,
} from "../state.js";

// Secret CRUD on the state. Every write bumps `version` and appends to `history`, so a read
// with `version=N` can return what the secret was at N.

export type SecretPatch = Partial<SecretFields>;

const byKey = (a: SecretRecord, b: SecretRecord) =>
  a.secretKey < b.secretKey ? -1 : a.secretKey > b.secretKey ? 1 : 0;

/** The server trims values but keeps one trailing newline. */
export function normalizeSecretValue(value: string): string {
  return value.endsWith("\n") ? `${value.trim()}\n` : value.trim();
}

export function secretsInFolder(
  rt: Runtime,
  folderId: string,
  type: SecretType = "shared",
): SecretRecord[] {
  return [...rt.state.secrets.values()]
    .filter((secret) => secret.folderId === folderId && secret.type === type)
    .sort(byKey);
}

export function findSecret(
  rt: Runtime,
  folderId: string,
  secretKey: string,
  type: SecretType = "shared",
): SecretRecord | undefined {
  for (const secret of rt.state.secrets.values()) {
    if (secret.folderId === folderId && secret.secretKey === secretKey && secret.type === type) {
      return secret;
    }
  }
  return undefined;
}

function snapshot(secret: SecretRecord): SecretVersionRecord {
  return {
    version: secret.version,
    updatedAt: secret.updatedAt,
    secretKey: secret.secretKey,
    secretValue: secret.secretValue,
    secretComment: secret.secretComment,
    secretReminderNote: secret.secretReminderNote,
    secretReminderRepeatDays: secret.secretReminderRepeatDays,
    skipMultilineEncoding: secret.skipMultilineEncoding,
    tagIds: [...secret.tagIds],
    secretMetadata: secret.secretMetadata.map((entry) => ({ ...entry })),
    metadata: secret.metadata ? { ...secret.metadata } : null,
  };
}

export function createSecret(
  rt: Runtime,
  folder: FolderRecord,
  type: SecretType,
  fields: SecretPatch & { secretKey: string },
): SecretRecord {
  const now = rt.now();
  const secret: SecretRecord = {
    id: rt.ids.uuid(),
    projectId: folder.projectId,
    folderId: folder.id,
    environment: folder.environment,
    type,
    version: 1,
    createdAt: now,
    updatedAt: now,
    history: [],
    secretKey: fields.secretKey,
    secretValue: normalizeSecretValue(fields.secretValue ?? ""),
    secretComment: fields.secretComment ?? "",
    secretReminderNote: fields.secretReminderNote ?? null,
    secretReminderRepeatDays: fields.secretReminderRepeatDays ?? null,
    skipMultilineEncoding: fields.skipMultilineEncoding ?? false,
    tagIds: fields.tagIds ?? [],
    secretMetadata: fields.secretMetadata ?? [],
    metadata: fields.metadata ?? null,
  };
  secret.history.push(snapshot(secret));
  rt.state.secrets.set(secret.id, secret);
  touchFolder(rt, folder.id);
  return secret;
}

export function updateSecret(rt: Runtime, secret: SecretRecord, patch: SecretPatch): SecretRecord {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (secret as unknown as Record<string, unknown>)[key] = value;
  }
  if (patch.secretValue !== undefined) secret.secretValue = normalizeSecretValue(patch.secretValue);
  secret.version += 1;
  secret.updatedAt = rt.now();
  secret.history.push(snapshot(secret));
  touchFolder(rt, secret.folderId);
  return secret;
}

export function deleteSecret(rt: Runtime, secret: SecretRecord): SecretRecord {
  rt.state.secrets.delete(secret.id);
  touchFolder(rt, secret.folderId);
  return secret;
}

export function secretVersion(
  secret: SecretRecord,
  version: number,
): SecretVersionRecord | undefined {
  return secret.history.find((entry) => entry.version === version);
}
