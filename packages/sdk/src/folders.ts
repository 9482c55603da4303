// `sdk.folders`: the Python SDK's folder methods over @infisical-edge/folders.

import { type InfisicalClient, InfisicalValidationError } from "@infisical-edge/core";
import {
  createFolder,
  deleteFolder,
  type Folder,
  type FolderDetails,
  type FolderWithPath,
  getFolderById,
  listFolders,
  updateFolder,
} from "@infisical-edge/folders";
import type { FieldNames } from "./guarded.js";
import {
  type EnvironmentOptions,
  environmentName,
  environmentOf,
  given,
  type ProjectOptions,
  projectOf,
  type SignalOption,
} from "./options.js";

type Located = ProjectOptions &
  EnvironmentOptions &
  SignalOption & {
    /** Default `/`. */
    path?: string | null;
  };

/** Options of `sdk.folders.listFolders`. */
export type ListFoldersOptions = Located & {
  /** Every folder below `path`. Default false. */
  recursive?: boolean;
  /** Only folders with secrets modified at or after this time. */
  lastSecretModified?: Date | string | null;
};

/** Options of `sdk.folders.createFolder`. */
export type CreateFolderOptions = Located & {
  /** The new folder's name, created inside `path`. */
  name: string;
  /** A free-text description. */
  description?: string | null;
};

/** Options of `sdk.folders.updateFolder`. */
export type UpdateFolderOptions = Located & {
  /** The folder's id; `path` is the folder it lives in. */
  folderId: string;
  /** The new name (the current one to change only the description). */
  name: string;
  /** The new description. */
  description?: string | null;
};

/** Options of `sdk.folders.deleteFolder`. */
export type DeleteFolderOptions = Located & {
  /** Delete it with everything it holds. Default false (the server refuses a non-empty folder). */
  forceDelete?: boolean | null;
} & (
    | {
        /** The folder's id or name (Python's `folder_id_or_name`); `path` is where it lives. */
        folderIdOrName: string;
        /** Not with `folderIdOrName` (`null` counts as not given). */
        folderId?: null;
      }
    | {
        /** The folder's id or name (the name `updateFolder` uses); `path` is where it lives. */
        folderId: string;
        /** Not with `folderId` (`null` counts as not given). */
        folderIdOrName?: null;
      }
  );

/** Options of `sdk.folders.getFolderById`. */
export type GetFolderByIdOptions = SignalOption & {
  /** The folder's id. */
  id: string;
};

/** Python `ListFoldersResponse`. */
export interface ListFoldersResponse {
  /** The folders. */
  folders: Folder[];
}

const location = (o: Located) => ({
  ...projectOf(o),
  environment: environmentOf(o),
  path: given(o.path),
  signal: o.signal,
});

/** The area functions' option names these methods take under Python's names. */
export const foldersFieldNames: FieldNames = {
  listFolders: environmentName,
  createFolder: environmentName,
  updateFolder: environmentName,
  deleteFolder: { ...environmentName, folderId: "folderIdOrName" },
  getFolderById: { folderId: "id" },
};

export function foldersResource(client: () => InfisicalClient) {
  return {
    /** Python `list_folders`: `{ folders }`. */
    listFolders: async (o: ListFoldersOptions): Promise<ListFoldersResponse> => ({
      folders: await listFolders(client(), {
        ...location(o),
        recursive: o.recursive,
        lastSecretModified: given(o.lastSecretModified),
      }),
    }),

    /** Python `create_folder`. */
    createFolder: (o: CreateFolderOptions): Promise<FolderWithPath> =>
      createFolder(client(), { ...location(o), name: o.name, description: given(o.description) }),

    /** Python `update_folder`: the folder with its `path`. */
    updateFolder: (o: UpdateFolderOptions): Promise<FolderWithPath> =>
      updateFolder(client(), {
        ...location(o),
        folderId: o.folderId,
        name: o.name,
        description: given(o.description),
      }),

    /** Python `delete_folder`: the deleted folder. */
    deleteFolder: (o: DeleteFolderOptions): Promise<Folder> => {
      if (o.folderIdOrName != null && o.folderId != null) {
        throw new InfisicalValidationError([
          { field: "folderIdOrName", reason: "give folderIdOrName or folderId, not both" },
        ]);
      }
      const folderId = (o.folderIdOrName ?? o.folderId) as string;
      return deleteFolder(client(), {
        ...location(o),
        folderId,
        forceDelete: given(o.forceDelete),
      });
    },

    /** Python `get_folder_by_id`. */
    getFolderById: (o: GetFolderByIdOptions): Promise<FolderDetails> =>
      getFolderById(client(), { folderId: o.id, signal: o.signal }),
  };
}

/** `sdk.folders`: the Python SDK's folders methods. */
export type FoldersResource = ReturnType<typeof foldersResource>;
