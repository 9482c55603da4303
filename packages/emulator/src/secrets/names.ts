import { validationFailure } from "../http/errors.js";
import type { Checker } from "../http/validate.js";

// The server's secret-name rule (its SecretNameSchema): trimmed, at least one character, no
// `:` and no `/`. Inner spaces are allowed.

export const SECRET_NAME_MESSAGE = "Secret name cannot contain colon or forward slash.";

export const isValidSecretName = (name: string): boolean =>
  name.length > 0 && !name.includes(":") && !name.includes("/");

/** The `:secretName` path parameter of create: trimmed and checked (422 as zod reports). */
export function secretNameParam(raw: string | undefined): string {
  const name = (raw ?? "").trim();
  if (!isValidSecretName(name)) {
    throw validationFailure([
      { code: "custom", message: SECRET_NAME_MESSAGE, path: ["secretName"] },
    ]);
  }
  return name;
}

/** A name field of a body (batch `secretKey`, `newSecretName`), checked the same way. */
export function checkNameField(body: Checker, key: string, name: string | undefined): void {
  if (name !== undefined && body.has(key) && !isValidSecretName(name.trim())) {
    body.custom(key, SECRET_NAME_MESSAGE);
  }
}
