import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { FOLDERS_BASE, FolderRef } from "./options.js";
import { type FolderDetails, FolderDetailsResponse } from "./schemas.js";

/** Options of {@link getFolderById}. */
export interface GetFolderByIdOptions {
  /** The folder's id. */
  folderId: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const Options = v.object({ folderId: FolderRef, signal: schemas.Signal });

/**
 * Reads one folder by id, with its path, environment and project. Not cached: the cache is
 * keyed by project, which is only known from the answer.
 */
export async function getFolderById(
  client: InfisicalClient,
  options: GetFolderByIdOptions,
): Promise<FolderDetails> {
  const o = parseOptions(Options, options);
  const path = `${FOLDERS_BASE}/${encodeURIComponent(o.folderId)}`;
  const response = await client.send({ method: "GET", path, signal: o.signal });
  return parseResponse(FolderDetailsResponse, response, "GET", path).folder;
}
