export { type CreateFolderOptions, createFolder } from "./create-folder";
export { type DeleteFolderOptions, deleteFolder } from "./delete-folder";
export { type GetFolderByIdOptions, getFolderById } from "./get-folder-by-id";
export { type ListFoldersOptions, listFolders } from "./list-folders";
export type { LocationOptions } from "./options";
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
} from "./schemas";
export { type UpdateFolderOptions, updateFolder } from "./update-folder";
