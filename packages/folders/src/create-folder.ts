import type { InfisicalClient } from "@infisical-edge/core";
import { afterWrite, parseResponse } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { invalidateCreated } from "./invalidate.js";
import {
  Description,
  FOLDERS_BASE,
  FolderName,
  joinPath,
  LocationEntries,
  type LocationOptions,
  parseLocated,
  projectOf,
} from "./options.js";
import { type FolderWithPath, FolderWithPathResponse } from "./schemas.js";

/** Options of {@link createFolder}. */
export interface CreateFolderOptions extends LocationOptions {
  /** Letters, digits, `-` and `_`. Created inside `path` (missing parents are created too). */
  name: string;
  /** A free-text description of the folder. */
  description?: string | null;
}

const Options = v.object({ ...LocationEntries, name: FolderName, description: Description });

/** Creates a folder; the lists that now include it are dropped from the cache. */
export async function createFolder(
  client: InfisicalClient,
  options: CreateFolderOptions,
): Promise<FolderWithPath> {
  const { signal, projectSlug, ...o } = parseLocated(Options, options);
  const projectId = await projectOf(client, { projectId: o.projectId, projectSlug, signal });
  return afterWrite(
    async () => {
      const body = { ...o, projectId };
      const response = await client.send({ method: "POST", path: FOLDERS_BASE, body, signal });
      return parseResponse(FolderWithPathResponse, response, "POST", FOLDERS_BASE).folder;
    },
    () => invalidateCreated(client, projectId, o.environment, joinPath(o.path, o.name)),
  );
}
