// Response schemas of `/api/v2/secret-imports`, as recorded from a real server. The list adds
// `importEnv.projectId` and `sourceProjectName`; create, update and delete answer the row.

import * as v from "valibot";

/** One secret import as the server returns it: the imported environment and path, its position in the folder. */
export const SecretImportRecordSchema = v.looseObject({
  id: v.string(),
  version: v.optional(v.number()),
  importPath: v.string(),
  position: v.number(),
  folderId: v.optional(v.string()),
  isReplication: v.optional(v.boolean()),
  isReserved: v.optional(v.nullish(v.boolean())),
  createdAt: v.optional(v.string()),
  updatedAt: v.optional(v.string()),
  importEnv: v.looseObject({ id: v.string(), name: v.string(), slug: v.string() }),
  sourceProjectName: v.optional(v.string()),
});

/** Validates the server's answer to creating, updating or deleting a secret import: `{ secretImport }`. */
export const SecretImportResponse = v.looseObject({ secretImport: SecretImportRecordSchema });
/** Validates the server's answer to listing a folder's secret imports: `{ secretImports }`. */
export const ListSecretImportsResponse = v.looseObject({
  secretImports: v.array(SecretImportRecordSchema),
});

/** A link that imports another environment/path into a folder (not its secrets). */
export type SecretImportRecord = v.InferOutput<typeof SecretImportRecordSchema>;
