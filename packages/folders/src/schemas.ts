// Response schemas for the folder routes (`/api/v2/folders`), checked on arrival. Objects are
// loose (the server adds fields over time); only what the SDK and its users rely on is required.

import * as v from "valibot";

const nullishString = v.nullish(v.string());

const folderEntries = {
  /** The folder's id. */
  id: v.string(),
  /** The folder's name. */
  name: v.string(),
  /** The folder's version, incremented by each change. */
  version: v.optional(v.number()),
  /** The id of the environment holding the folder. */
  envId: v.string(),
  /** The parent folder's id; null for the root. */
  parentId: nullishString,
  /** Whether the server reserves the folder for its own use. */
  isReserved: v.optional(v.boolean()),
  /** A free-text description. */
  description: nullishString,
  /** ISO time of the last secret change inside the folder; null when none yet. */
  lastSecretModified: nullishString,
  /** ISO 8601 creation time. */
  createdAt: v.string(),
  /** ISO 8601 time of the last change. */
  updatedAt: v.string(),
};

/** Validates one folder as the list route returns it. */
export const FolderSchema = v.looseObject({
  ...folderEntries,
  /** Recursive lists only: the folder's path seen from the listed path. */
  relativePath: v.optional(v.string()),
});

/** Create and update answer the folder with its full path. */
export const FolderWithPathSchema = v.looseObject({
  ...folderEntries,
  /** The folder's full path, e.g. `/api/keys`. */
  path: v.string(),
});

/** Get by id adds the environment and the project. */
export const FolderDetailsSchema = v.looseObject({
  ...folderEntries,
  /** The folder's full path, e.g. `/api/keys`. */
  path: v.string(),
  /** The id of the project holding the folder. */
  projectId: v.string(),
  /** The environment holding the folder. */
  environment: v.looseObject({
    /** The environment's id. */
    envId: v.string(),
    /** The environment's display name. */
    envName: v.string(),
    /** The environment's slug, e.g. `prod`. */
    envSlug: v.string(),
  }),
});

/** Validates the server's answer to listing folders: `{ folders }`. */
export const ListFoldersResponse = v.looseObject({
  /** The folders. */
  folders: v.array(FolderSchema),
});
/** Validates the server's answer to creating or updating a folder: `{ folder }`. */
export const FolderWithPathResponse = v.looseObject({
  /** The folder created or updated. */
  folder: FolderWithPathSchema,
});
/** Validates the server's answer to getting a folder by id: `{ folder }`. */
export const FolderDetailsResponse = v.looseObject({
  /** The folder. */
  folder: FolderDetailsSchema,
});
/** Validates the server's answer to deleting a folder: `{ folder }`. */
export const DeletedFolderResponse = v.looseObject({
  /** The folder deleted. */
  folder: v.looseObject(folderEntries),
});

/** A folder, as `listFolders` and `deleteFolder` return it. */
export type Folder = v.InferOutput<typeof FolderSchema>;
/** A folder with its full path, as `createFolder` and `updateFolder` return it. */
export type FolderWithPath = v.InferOutput<typeof FolderWithPathSchema>;
/** A folder with its path, environment and project, as `getFolderById` returns it. */
export type FolderDetails = v.InferOutput<typeof FolderDetailsSchema>;
