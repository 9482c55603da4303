import type { InfisicalClient } from "@infisical-edge/core";
import { cachedGet, entryKey, parseResponseInPlace, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import {
  FOLDERS_BASE,
  LocationEntries,
  type LocationOptions,
  parseLocated,
  projectOf,
} from "./options.js";
import { type Folder, ListFoldersResponse } from "./schemas.js";

/** Options of {@link listFolders}. */
export interface ListFoldersOptions extends LocationOptions {
  /** Every folder below `path`, each with its `relativePath`. Default false. */
  recursive?: boolean;
  /** Only folders whose secrets changed at or after this time. Such calls are not cached. */
  lastSecretModified?: Date | string;
  /** Set false to bypass the client's cache for this call. */
  cache?: boolean;
}

const Since = v.pipe(
  v.union([v.date(), v.string()], "a Date or an ISO date-time string"),
  v.transform((value) => (typeof value === "string" ? new Date(value) : value)),
  v.check((date) => !Number.isNaN(date.getTime()), "a valid date"),
  v.transform((date) => date.toISOString()),
);

const Options = v.object({
  ...LocationEntries,
  recursive: v.optional(schemas.Bool, false),
  lastSecretModified: v.optional(Since),
  cache: v.optional(schemas.Bool, true),
});

/** Lists the folders in `path` (or, with `recursive`, every folder below it). */
export async function listFolders(
  client: InfisicalClient,
  options: ListFoldersOptions,
): Promise<Folder[]> {
  const o = parseLocated(Options, options);
  const projectId = await projectOf(client, o);
  const query = {
    projectId,
    environment: o.environment,
    path: o.path,
    recursive: o.recursive ? "true" : "false",
    lastSecretModified: o.lastSecretModified,
  };
  // A change-detection query (lastSecretModified) wants the server's answer, not a cached one.
  const key =
    o.cache && !o.lastSecretModified
      ? entryKey(await client.keyScope(projectId, { signal: o.signal }), {
          wide: false,
          environment: o.environment,
          path: o.path,
          kind: o.recursive ? "fr" : "fl",
          options: "",
        })
      : undefined;
  return cachedGet(
    client,
    { path: FOLDERS_BASE, query, key, signal: o.signal },
    (response) => parseResponseInPlace(ListFoldersResponse, response, "GET", FOLDERS_BASE).folders,
  );
}
