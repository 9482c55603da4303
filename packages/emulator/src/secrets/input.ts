import type { Checker } from "../http/validate.js";
import type { SecretMetadataEntry, SecretType } from "../state.js";
import type { SecretPatch } from "./store.js";

// Reading the writable secret fields from a request body (single routes and batch items).

export const SECRET_TYPES = ["shared", "personal"] as const satisfies readonly SecretType[];

function readSecretMetadata(body: Checker): SecretMetadataEntry[] | undefined {
  if (!body.has("secretMetadata")) return undefined;
  return body.objectArray("secretMetadata", 0).map((item) => ({
    key: item.string("key"),
    value: item.optionalString("value") ?? "",
    isEncrypted: item.optionalBoolean("isEncrypted") ?? false,
  }));
}

function readOptionalFields(body: Checker): SecretPatch {
  return {
    secretComment: body.optionalString("secretComment"),
    secretMetadata: readSecretMetadata(body),
    metadata: body.optionalStringRecord("metadata"),
    tagIds: body.optionalStringArray("tagIds"),
    skipMultilineEncoding: body.optionalBoolean("skipMultilineEncoding"),
    secretReminderRepeatDays: body.nullableNumber("secretReminderRepeatDays"),
    secretReminderNote: body.nullableString("secretReminderNote"),
  };
}

/** Create: `secretValue` is required. */
export function readCreateFields(body: Checker): SecretPatch & { secretValue: string } {
  const secretValue = body.string("secretValue");
  return { secretValue, ...readOptionalFields(body) };
}

/** Update: everything optional; `newSecretName` renames. */
export function readUpdateFields(body: Checker): SecretPatch {
  const secretValue = body.optionalString("secretValue");
  const newSecretName = body.optionalString("newSecretName");
  body.optionalStringArray("secretReminderRecipients"); // accepted, nobody to remind here
  return {
    secretValue,
    secretKey: newSecretName?.trim() || undefined,
    ...readOptionalFields(body),
  };
}
