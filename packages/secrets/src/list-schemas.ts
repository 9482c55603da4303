// The list route's response schemas. A module of their own: esbuild keeps every top-level
// valibot call of a module it bundles, so bundles that never list carry none of this.

import * as v from "valibot";
import { type Secret, SecretSchema } from "./schemas.js";

export const SecretImportSchema = v.looseObject({
  /** The imported folder's path. */
  secretPath: v.string(),
  /** The imported environment's slug. */
  environment: v.string(),
  /** The id of the imported folder. */
  folderId: v.optional(v.string()),
  /** The secrets the import brings in. */
  secrets: v.array(SecretSchema),
});

// No default for a missing `imports` (listSecrets supplies it): a schema whose output
// equals its input is checked in place (see core's parseResponse).
/** Validates the server's answer to listing secrets: `{ secrets, imports? }`. */
export const ListSecretsResponse = v.looseObject({
  /** The folder's own secrets. */
  secrets: v.array(SecretSchema),
  /** The secrets of the folder's imports, when `includeImports` was set. */
  imports: v.optional(v.array(SecretImportSchema)),
});

/** The secrets one import brings into a folder (`includeImports`). */
export type SecretImport = v.InferOutput<typeof SecretImportSchema>;
/** What {@link listSecrets} resolves to. */
export interface ListSecretsResult {
  /** The secrets of the folder (and of its subfolders with `recursive`). */
  secrets: Secret[];
  /** The secrets brought in by imports (`includeImports`); empty otherwise. */
  imports: SecretImport[];
}
