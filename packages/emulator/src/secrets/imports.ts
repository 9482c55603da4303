import { findFolder } from "../folders/store.js";
import type { Runtime } from "../runtime.js";
import type { FolderRecord, ImportRecord } from "../state.js";

// Secret imports link another (environment, path) into a folder. Imports of imported folders
// are followed too (a few levels, each folder once), like the server's import resolution.
// An import of a path that does not exist is allowed (the server accepts it): it reads as
// an empty folder.

const MAX_IMPORT_DEPTH = 5;

export interface ImportedFolder {
  record: ImportRecord;
  /** Undefined while the imported path does not exist. */
  source: FolderRecord | undefined;
}

export function importsOf(rt: Runtime, folderId: string): ImportRecord[] {
  return [...rt.state.imports.values()]
    .filter((record) => record.folderId === folderId)
    .sort((a, b) => a.position - b.position);
}

export function resolveImports(rt: Runtime, folder: FolderRecord): ImportedFolder[] {
  const seen = new Set([folder.id]);
  const out: ImportedFolder[] = [];
  const visit = (current: FolderRecord, depth: number) => {
    for (const record of importsOf(rt, current.id)) {
      const source = findFolder(rt, current.projectId, record.importEnvironment, record.importPath);
      if (!source) {
        if (depth === 0) out.push({ record, source });
        continue;
      }
      if (seen.has(source.id)) continue;
      seen.add(source.id);
      out.push({ record, source });
      if (depth + 1 < MAX_IMPORT_DEPTH) visit(source, depth + 1);
    }
  };
  visit(folder, 0);
  return out;
}

/** The folders an import resolves to, existing ones only. */
export function importedSources(rt: Runtime, folder: FolderRecord): FolderRecord[] {
  return resolveImports(rt, folder).flatMap(({ source }) => (source ? [source] : []));
}

/**
 * True when importing (environment, path) into `target` would close a loop: the source is
 * the target itself, or already imports it (directly or through other imports).
 */
export function wouldCycle(
  rt: Runtime,
  target: FolderRecord,
  environment: string,
  path: string,
): boolean {
  if (target.environment === environment && target.path === path) return true;
  const source = findFolder(rt, target.projectId, environment, path);
  if (!source) return false;
  return resolveImports(rt, source).some(({ source: reached }) => reached?.id === target.id);
}

/** Renumbers a folder's imports 1..n in the given order, stamping the ones that moved. */
export function renumber(ordered: ImportRecord[], now: number): void {
  ordered.forEach((record, index) => {
    if (record.position !== index + 1) {
      record.position = index + 1;
      record.updatedAt = now;
    }
  });
}
