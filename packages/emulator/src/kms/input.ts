import { validationFailure } from "../http/errors.js";
import type { Checker } from "../http/validate.js";

// Field rules of the KMS routes, with the server's zod messages.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// The server's isBase64 with padding optional.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(==)?|[A-Za-z0-9+/]{3}=?)?$/;
export const MAX_DATA_BYTES = 4096;

/** `:keyId` must be a UUID (422 before anything else is looked at). */
export function keyIdParam(params: Record<string, string>): string {
  const keyId = params.keyId ?? "";
  if (!UUID.test(keyId)) {
    throw validationFailure([
      { validation: "uuid", code: "invalid_string", message: "Invalid uuid", path: ["keyId"] },
    ]);
  }
  return keyId;
}

/** slugSchema({ min, max, field }) of the server. */
export function slugIssue(value: string, field: string, max: number): string | undefined {
  if (value.length < 1) return `${field} field must be at least 1 lowercase character`;
  if (value.length > max) return `${field} field must be at most ${max} lowercase characters`;
  if (!SLUG.test(value))
    return `${field} field can only contain lowercase letters, numbers, and hyphens`;
  return undefined;
}

export function checkName(checker: Checker, key: string, value: string): string {
  const trimmed = value.trim();
  const issue = slugIssue(trimmed, "Name", 32);
  if (issue) checker.custom(key, issue);
  return trimmed;
}

export function checkDescription(checker: Checker, key: string): string | undefined {
  const value = checker.optionalString(key)?.trim();
  if (value !== undefined && value.length > 500) {
    checker.custom(key, "String must contain at most 500 character(s)");
  }
  return value;
}

/**
 * A base64 field of at most `limit` decoded bytes. Unlike the server code we could read, the
 * empty string is accepted and ciphertexts are not capped (so a 4096-byte plaintext's
 * ciphertext decrypts); see the kms package README.
 */
export function base64Field(
  checker: Checker,
  key: string,
  limit = MAX_DATA_BYTES,
): Uint8Array<ArrayBuffer> {
  const value = checker.string(key);
  if (!BASE64.test(value)) {
    checker.custom(key, "data must be base64 encoded");
    return new Uint8Array(0);
  }
  const bytes = decodeBase64(value);
  if (bytes.length > limit) checker.custom(key, "data cannot exceed 4096 bytes");
  return bytes;
}

export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
