// Response schemas for the folder routes (`/api/v2/folders`), checked on arrival. Objects are
// loose (the server adds fields over time); only what the SDK and its users rely on is required.

import * as v from "valibot";

const nullishString = v.nullish(v.string());

const folderEntries = {
  id: v.string(),
  name: v.string(),
  version: v.optional(v.number()),
  envId: v.string(),
  parentId: nullishString,
  isReserved: v.optional(v.boolean()),
  description: nullishString,
  /** ISO time of the last secret change inside the folder; null when none yet. */
  lastSecretModified: nullishString,
  createdAt: v.string(),
  updatedAt: v.string(),
};

export const FolderSchema = v.looseObject({
  ...folderEntries,
  /** Recursive lists only: the folder's path seen from the listed path. */
  relativePath: v.optional(v.string()),
});

/** Create and update answer the folder with its full path. */
export const FolderWithPathSchema = v.looseObject({ ...folderEntries, path: v.string() });

/** Get by id adds the environment and the project. */
export const FolderDetailsSchema = v.looseObject({
  ...folderEntries,
  path: v.string(),
  projectId: v.string(),
  environment: v.looseObject({ envId: v.string(), envName: v.string(), envSlug: v.string() }),
});

export const ListFoldersResponse = v.looseObject({ folders: v.array(FolderSchema) });
export const FolderWithPathResponse = v.looseObject({ folder: FolderWithPathSchema });
export const FolderDetailsResponse = v.looseObject({ folder: FolderDetailsSchema });
export const DeletedFolderResponse = v.looseObject({ folder: v.looseObject(folderEntries) });

export type Folder = v.InferOutput<typeof FolderSchema>;
export type FolderWithPath = v.InferOutput<typeof FolderWithPathSchema>;
export type FolderDetails = v.InferOutput<typeof FolderDetailsSchema>;
