// The list body's shape, checked in place: a 10,000-secret list is checked in about the time
// JSON.parse takes to read a tenth of it, with no copy and no allocation per secret. valibot
// (list-schemas.ts) stays the definition: a body this check refuses goes through valibot,
// which names the issues, and a test holds the two together field by field (this check may
// be stricter than the schema, never looser). Written out field by field on purpose: named
// property reads stay monomorphic, where a loop over the schema's keys is several times
// slower, on the first call above all.

import type * as v from "valibot";
import type { ListSecretsResponse } from "./list-schemas.js";

type Body = v.InferOutput<typeof ListSecretsResponse>;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

// Optional: absent or undefined; nullish: also null. valibot reads keys through `in`, so a
// missing key and one read through the prototype mean the same to both.
const optString = (x: unknown) => x === undefined || typeof x === "string";
const optBoolean = (x: unknown) => x === undefined || typeof x === "boolean";
const nullishString = (x: unknown) => x == null || typeof x === "string";
const isNumber = (x: unknown) => typeof x === "number" && !Number.isNaN(x);

function isMetadataEntry(m: unknown): boolean {
  return (
    isObject(m) && typeof m.key === "string" && optString(m.value) && optBoolean(m.isEncrypted)
  );
}

function isTag(t: unknown): boolean {
  return (
    isObject(t) &&
    typeof t.id === "string" &&
    typeof t.slug === "string" &&
    optString(t.name) &&
    nullishString(t.color)
  );
}

function every(list: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!check(list[i])) return false;
  return true;
}

function isSecret(s: unknown): boolean {
  return (
    isObject(s) &&
    typeof s.id === "string" &&
    typeof s.workspace === "string" &&
    typeof s.environment === "string" &&
    isNumber(s.version) &&
    typeof s.type === "string" &&
    typeof s.secretKey === "string" &&
    typeof s.secretValue === "string" &&
    optString(s._id) &&
    optString(s.secretComment) &&
    nullishString(s.secretReminderNote) &&
    (s.secretReminderRepeatDays == null || isNumber(s.secretReminderRepeatDays)) &&
    (s.skipMultilineEncoding == null || typeof s.skipMultilineEncoding === "boolean") &&
    optString(s.createdAt) &&
    optString(s.updatedAt) &&
    optBoolean(s.isRotatedSecret) &&
    nullishString(s.rotationId) &&
    optString(s.secretPath) &&
    optBoolean(s.secretValueHidden) &&
    (s.secretMetadata == null || every(s.secretMetadata, isMetadataEntry)) &&
    (s.tags === undefined || every(s.tags, isTag))
  );
}

function isImport(i: unknown): boolean {
  return (
    isObject(i) &&
    typeof i.secretPath === "string" &&
    typeof i.environment === "string" &&
    optString(i.folderId) &&
    every(i.secrets, isSecret)
  );
}

/** True when `body` has the list route's shape (ListSecretsResponse), checked without a copy. */
export function isListBody(body: unknown): body is Body {
  return (
    isObject(body) &&
    every(body.secrets, isSecret) &&
    (body.imports === undefined || every(body.imports, isImport))
  );
}
