// Response schemas of `/api/v2/secret-imports`, as recorded from a real server. The list adds
// `importEnv.projectId` and `sourceProjectName`; create, update and delete answer the row.

import * as v from "valibot";

/** One secret import as the server returns it: the imported environment and path, its position in the folder. */
export const SecretImportRecordSchema = v.looseObject({
  /** The import's id. */
  id: v.string(),
  /** The import's version. */
  version: v.optional(v.number()),
  /** The imported folder's path in the source environment. */
  importPath: v.string(),
  /** 1-based position among the folder's imports. */
  position: v.number(),
  /** The id of the folder holding the import. */
  folderId: v.optional(v.string()),
  /** Whether the import replicates (copies) the secrets rather than referencing them. */
  isReplication: v.optional(v.boolean()),
  /** Whether the import is reserved by the server (replication internals). */
  isReserved: v.optional(v.nullish(v.boolean())),
  /** ISO 8601 creation time. */
  createdAt: v.optional(v.string()),
  /** ISO 8601 time of the last change. */
  updatedAt: v.optional(v.string()),
  /** The imported environment. */
  importEnv: v.looseObject({
    /** The environment's id. */
    id: v.string(),
    /** The environment's display name. */
    name: v.string(),
    /** The environment's slug, e.g. `prod`. */
    slug: v.string(),
  }),
  /** The source project's name, for an import from another project. */
  sourceProjectName: v.optional(v.string()),
});

/** Validates the server's answer to creating, updating or deleting a secret import: `{ secretImport }`. */
export const SecretImportResponse = v.looseObject({
  /** The import created, updated or deleted. */
  secretImport: SecretImportRecordSchema,
});
/** Validates the server's answer to listing a folder's secret imports: `{ secretImports }`. */
export const ListSecretImportsResponse = v.looseObject({
  /** The folder's imports, by position. */
  secretImports: v.array(SecretImportRecordSchema),
});

/** A link that imports another environment/path into a folder (not its secrets). */
export type SecretImportRecord = v.InferOutput<typeof SecretImportRecordSchema>;
