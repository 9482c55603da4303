export { type CreateFolderOptions, createFolder } from "./create-folder.js";
export { type DeleteFolderOptions, deleteFolder } from "./delete-folder.js";
export { type GetFolderByIdOptions, getFolderById } from "./get-folder-by-id.js";
export { type ListFoldersOptions, listFolders } from "./list-folders.js";
export type { LocationOptions } from "./options.js";
export {
  DeletedFolderResponse,
  type Folder,
  type FolderDetails,
  FolderDetailsResponse,
  FolderDetailsSchema,
  FolderSchema,
  type FolderWithPath,
  FolderWithPathResponse,
  FolderWithPathSchema,
  ListFoldersResponse,
} from "./schemas.js";
export { type UpdateFolderOptions, updateFolder } from "./update-folder.js";
