// The list route's response schemas. A module of their own: esbuild keeps every top-level
// valibot call of a module it bundles, so bundles that never list carry none of this.

import * as v from "valibot";
import { type Secret, SecretSchema } from "./schemas.js";

export const SecretImportSchema = v.looseObject({
  secretPath: v.string(),
  environment: v.string(),
  folderId: v.optional(v.string()),
  secrets: v.array(SecretSchema),
});

// No default for a missing `imports` (listSecrets supplies it): a schema whose output
// equals its input is checked in place (see core's parseResponse).
export const ListSecretsResponse = v.looseObject({
  secrets: v.array(SecretSchema),
  imports: v.optional(v.array(SecretImportSchema)),
});

export type SecretImport = v.InferOutput<typeof SecretImportSchema>;
export interface ListSecretsResult {
  secrets: Secret[];
  imports: SecretImport[];
}
