// Response schemas of `/api/v2/secret-imports`, as recorded from a real server. The list adds
// `importEnv.projectId` and `sourceProjectName`; create, update and delete answer the row.

import * as v from "valibot";

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

export const SecretImportResponse = v.looseObject({ secretImport: SecretImportRecordSchema });
export const ListSecretImportsResponse = v.looseObject({
  secretImports: v.array(SecretImportRecordSchema),
});

/** A link that imports another environment/path into a folder (not its secrets). */
export type SecretImportRecord = v.InferOutput<typeof SecretImportRecordSchema>;
