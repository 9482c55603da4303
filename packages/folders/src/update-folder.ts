import type { InfisicalClient } from "@infisical-edge/core";
import { afterWrite, parseResponse } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { invalidateSubtree } from "./invalidate.js";
import {
  Description,
  FOLDERS_BASE,
  FolderName,
  FolderRef,
  LocationEntries,
  type LocationOptions,
  parseLocated,
  projectOf,
} from "./options.js";
import { type FolderWithPath, FolderWithPathResponse } from "./schemas.js";

export interface UpdateFolderOptions extends LocationOptions {
  /** The folder's id (its current name works too). `path` is where it lives. */
  folderId: string;
  /** The new name; pass the current one to change only the description. */
  name: string;
  /** The new description. */
  description?: string | null;
}

const Options = v.object({
  ...LocationEntries,
  folderId: FolderRef,
  name: FolderName,
  description: Description,
});

/** Renames a folder or changes its description. */
export async function updateFolder(
  client: InfisicalClient,
  options: UpdateFolderOptions,
): Promise<FolderWithPath> {
  const { signal, projectSlug, folderId, ...o } = parseLocated(Options, options);
  const projectId = await projectOf(client, { projectId: o.projectId, projectSlug, signal });
  const path = `${FOLDERS_BASE}/${encodeURIComponent(folderId)}`;
  return afterWrite(
    async () => {
      const body = { ...o, projectId };
      const response = await client.send({ method: "PATCH", path, body, signal });
      return parseResponse(FolderWithPathResponse, response, "PATCH", path).folder;
    },
    // A rename moves every path below the folder, whose old name the caller may not have
    // given (ids work too): drop everything under the folder's parent.
    () => invalidateSubtree(client, projectId, o.environment, o.path),
  );
}
