import { findFolder } from "../folders/store.js";
import type { Runtime } from "../runtime.js";
import type { FolderRecord, ImportRecord } from "../state.js";

// Secret imports link another (environment, path) into a folder. Imports of imported folders
// are followed too (a few levels, each folder once), like the server's import resolution.

const MAX_IMPORT_DEPTH = 5;

export interface ImportedFolder {
  record: ImportRecord;
  source: FolderRecord;
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
      if (!source || seen.has(source.id)) continue;
      seen.add(source.id);
      out.push({ record, source });
      if (depth + 1 < MAX_IMPORT_DEPTH) visit(source, depth + 1);
    }
  };
  visit(folder, 0);
  return out;
}
