import { iso } from "../clock";
import type { FolderRecord } from "../state";

// Folder JSON in the recorded key order.

export function folderJson(folder: FolderRecord) {
  return {
    id: folder.id,
    name: folder.name,
    version: folder.version,
    createdAt: iso(folder.createdAt),
    updatedAt: iso(folder.updatedAt),
    envId: folder.envId,
    parentId: folder.parentId,
    isReserved: folder.isReserved,
    description: folder.description,
    lastSecretModified: folder.lastSecretModified === null ? null : iso(folder.lastSecretModified),
  };
}
