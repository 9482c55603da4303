import type { Runtime } from "../runtime.js";
import type { FolderRecord } from "../state.js";
import { joinPath } from "./paths.js";
import { childFolders, descendantFolders } from "./store.js";

// Whole-subtree changes: renaming moves every descendant's path; deleting takes the secrets,
// imports, dynamic secrets and leases of every folder beneath along.

/** A child of `parent` by name, or else by id (the server tries the name first). */
export function childByNameOrId(
  rt: Runtime,
  parent: FolderRecord,
  nameOrId: string,
): FolderRecord | undefined {
  const children = childFolders(rt, parent);
  return (
    children.find((folder) => folder.name === nameOrId) ??
    children.find((folder) => folder.id === nameOrId)
  );
}

/** True when the folder holds a secret, a dynamic secret or a sub-folder. */
export function holdsResources(rt: Runtime, folder: FolderRecord): boolean {
  const { secrets, dynamicSecrets, folders } = rt.state;
  return (
    [...secrets.values()].some((secret) => secret.folderId === folder.id) ||
    [...dynamicSecrets.values()].some((ds) => ds.folderId === folder.id) ||
    [...folders.values()].some((child) => child.parentId === folder.id)
  );
}

export function renameFolder(rt: Runtime, folder: FolderRecord, name: string): void {
  const oldPath = folder.path;
  const parentPath = oldPath.slice(0, oldPath.lastIndexOf("/")) || "/";
  const newPath = joinPath(parentPath, name);
  for (const below of descendantFolders(rt, folder)) {
    below.path = newPath + below.path.slice(oldPath.length);
  }
  folder.name = name;
  folder.path = newPath;
}

/** Removes the folder, everything below it, and everything stored in them. */
export function deleteFolderTree(rt: Runtime, folder: FolderRecord): void {
  const { state } = rt;
  const doomed = new Set([folder, ...descendantFolders(rt, folder)].map((f) => f.id));
  for (const [id, secret] of state.secrets)
    if (doomed.has(secret.folderId)) state.secrets.delete(id);
  for (const [id, link] of state.imports) if (doomed.has(link.folderId)) state.imports.delete(id);
  for (const [id, ds] of state.dynamicSecrets) {
    if (!doomed.has(ds.folderId)) continue;
    for (const [leaseId, lease] of state.leases) {
      if (lease.dynamicSecretId === id) state.leases.delete(leaseId);
    }
    state.dynamicSecrets.delete(id);
  }
  for (const id of doomed) state.folders.delete(id);
}
