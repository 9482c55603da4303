// Option schemas shared by the folder functions.

import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, resolveProjectId, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";

export const FOLDERS_BASE = "/api/v2/folders";

/** Project, environment and path: where a folder call looks. */
export const LocationEntries = {
  projectId: v.optional(schemas.ProjectId),
  projectSlug: v.optional(schemas.ProjectSlug),
  environment: schemas.EnvironmentSlug,
  path: v.optional(schemas.SecretPath, "/"),
  signal: schemas.Signal,
};

/** What the server accepts as a folder name. */
export const FolderName = v.pipe(
  v.string("a folder name string"),
  v.regex(/^[\w-]{1,255}$/, "a folder name of letters, digits, - and _"),
);

/** A folder id (or, where the server allows it, the folder's name). */
export const FolderRef = schemas.pathId("folder id", 255);

export const Description = v.nullish(
  v.pipe(v.string("a string"), v.maxLength(1000, "at most 1000 characters")),
);

/** Where a folder operation acts: a project, an environment and a parent path. */
export interface LocationOptions {
  /** Project id. Give this or `projectSlug`. */
  projectId?: string;
  /** Project slug, resolved to its id once per client. Give this or `projectId`. */
  projectSlug?: string;
  /** Environment slug, e.g. `dev`. */
  environment: string;
  /** Folder path. Default `/`. */
  path?: string;
  /** Aborts the call (its login and retries included). */
  signal?: AbortSignal;
}

/** Validates options, then the projectId/projectSlug "exactly one" rule. */
export function parseLocated<S extends v.GenericSchema>(
  schema: S,
  options: unknown,
): v.InferOutput<S> {
  const parsed = parseOptions(schema, options) as { projectId?: string; projectSlug?: string };
  schemas.checkProjectSelector(parsed);
  return parsed as v.InferOutput<S>;
}

export function projectOf(
  client: InfisicalClient,
  o: { projectId?: string | undefined; projectSlug?: string | undefined; signal?: AbortSignal },
): Promise<string> {
  return resolveProjectId(client, o, o.signal);
}

/** `/a/b` + `c` → `/a/b/c` */
export const joinPath = (parent: string, name: string): string =>
  parent === "/" ? `/${name}` : `${parent}/${name}`;
