import type { InfisicalClient } from "@infisical-edge/core";
import { afterWrite, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { invalidateSubtree } from "./invalidate.js";
import {
  FOLDERS_BASE,
  FolderRef,
  joinPath,
  LocationEntries,
  type LocationOptions,
  parseLocated,
  projectOf,
} from "./options.js";
import { DeletedFolderResponse, type Folder } from "./schemas.js";

/** Options of {@link deleteFolder}. */
export interface DeleteFolderOptions extends LocationOptions {
  /** The folder's id or name. `path` is where it lives. */
  folderId: string;
  /** Delete even when it holds secrets, dynamic secrets or folders (all go with it). */
  forceDelete?: boolean;
}

const Options = v.object({
  ...LocationEntries,
  folderId: FolderRef,
  forceDelete: v.optional(schemas.Bool, false),
});

/**
 * Deletes a folder. The server refuses (400) a folder that holds anything unless
 * `forceDelete`. Every cached read at or below the folder is dropped.
 */
export async function deleteFolder(
  client: InfisicalClient,
  options: DeleteFolderOptions,
): Promise<Folder> {
  const { signal, projectSlug, folderId, ...o } = parseLocated(Options, options);
  const projectId = await projectOf(client, { projectId: o.projectId, projectSlug, signal });
  const path = `${FOLDERS_BASE}/${encodeURIComponent(folderId)}`;
  // Until the answer names the folder, all that is known is its parent.
  let deletedPath = o.path;
  return afterWrite(
    async () => {
      const body = { ...o, projectId };
      const response = await client.send({ method: "DELETE", path, body, signal });
      const folder = parseResponse(DeletedFolderResponse, response, "DELETE", path).folder;
      deletedPath = joinPath(o.path, folder.name);
      return folder;
    },
    () => invalidateSubtree(client, projectId, o.environment, deletedPath),
  );
}
