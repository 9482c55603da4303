import { iso } from "../clock.js";
import type { FolderRecord } from "../state.js";

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
