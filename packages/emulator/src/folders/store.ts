import { findEnvironment } from "../projects/lookup.js";
import type { Runtime } from "../runtime.js";
import type { FolderRecord, ProjectRecord } from "../state.js";
import { isInside, joinPath, normalizePath, pathSegments } from "./paths.js";

// Folder tree per (project, environment). Each environment has a root folder "/"; a folder's
// full path is stored on it so lookups are a scan, which is plenty for an emulator.

export function findFolder(
  rt: Runtime,
  projectId: string,
  environment: string,
  path: string,
): FolderRecord | undefined {
  const wanted = normalizePath(path);
  for (const folder of rt.state.folders.values()) {
    if (
      folder.projectId === projectId &&
      folder.environment === environment &&
      folder.path === wanted
    ) {
      return folder;
    }
  }
  return undefined;
}

function newFolder(
  rt: Runtime,
  project: ProjectRecord,
  environment: string,
  parent: FolderRecord | null,
  name: string,
  description: string | null,
): FolderRecord {
  const env = findEnvironment(project, environment);
  if (!env) throw new Error(`Project '${project.slug}' has no environment '${environment}'`);
  const now = rt.now();
  const folder: FolderRecord = {
    id: rt.ids.uuid(),
    projectId: project.id,
    environment,
    envId: env.id,
    parentId: parent?.id ?? null,
    name,
    path: parent ? joinPath(parent.path, name) : "/",
    version: 1,
    description,
    isReserved: false,
    createdAt: now,
    updatedAt: now,
    lastSecretModified: null,
  };
  rt.state.folders.set(folder.id, folder);
  return folder;
}

/** The environment's root folder, created on first use. */
export function rootFolder(rt: Runtime, project: ProjectRecord, environment: string): FolderRecord {
  return (
    findFolder(rt, project.id, environment, "/") ??
    newFolder(rt, project, environment, null, "root", null)
  );
}

/** Returns the folder at `path`, creating it and every missing ancestor (as the server does). */
export function ensureFolder(
  rt: Runtime,
  project: ProjectRecord,
  environment: string,
  path: string,
  description: string | null = null,
): FolderRecord {
  let folder = rootFolder(rt, project, environment);
  const segments = pathSegments(path);
  segments.forEach((name, index) => {
    const existing = findFolder(rt, project.id, environment, joinPath(folder.path, name));
    const isLeaf = index === segments.length - 1;
    folder =
      existing ?? newFolder(rt, project, environment, folder, name, isLeaf ? description : null);
  });
  return folder;
}

const byName = (a: FolderRecord, b: FolderRecord) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

export function childFolders(rt: Runtime, parent: FolderRecord): FolderRecord[] {
  return [...rt.state.folders.values()]
    .filter((folder) => folder.parentId === parent.id)
    .sort(byName);
}

/** Every folder below `parent`, ordered by name. */
export function descendantFolders(rt: Runtime, parent: FolderRecord): FolderRecord[] {
  return [...rt.state.folders.values()]
    .filter(
      (folder) =>
        folder.projectId === parent.projectId &&
        folder.environment === parent.environment &&
        isInside(parent.path, folder.path),
    )
    .sort(byName);
}

/** Records that a secret in the folder changed (shown as `lastSecretModified`). */
export function touchFolder(rt: Runtime, folderId: string): void {
  const folder = rt.state.folders.get(folderId);
  if (!folder) return;
  folder.lastSecretModified = rt.now();
  folder.updatedAt = rt.now();
}
