// Option schemas shared by the secrets functions.

import { parseOptions, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";

export const SecretType = v.picklist(["shared", "personal"], "shared or personal");

/** A project by id or slug: what project-level calls (tags) need. */
export const ProjectEntries = {
  projectId: v.optional(schemas.ProjectId),
  projectSlug: v.optional(schemas.ProjectSlug),
  signal: schemas.Signal,
};

/** Project, environment and folder: the location every secrets call needs. */
export const LocationEntries = {
  ...ProjectEntries,
  environment: schemas.EnvironmentSlug,
  secretPath: v.optional(schemas.SecretPath, "/"),
};

// Re-exported for the modules that use them; bundles that do not skip the module.
export {
  MetadataInput,
  ReminderDays,
  ReminderNote,
  TagIds,
  TagSlug,
  TagSlugs,
} from "./write-fields.js";

/** Validates options, then the projectId/projectSlug "exactly one" rule. */
export function parseLocated<S extends v.GenericSchema>(
  schema: S,
  options: unknown,
): v.InferOutput<S> {
  const parsed = parseOptions(schema, options) as { projectId?: string; projectSlug?: string };
  parseOptions(schemas.ProjectSelector, {
    projectId: parsed.projectId,
    projectSlug: parsed.projectSlug,
  });
  return parsed as v.InferOutput<S>;
}

/** The project a call acts on (by id or by slug), and an optional abort signal for its requests. */
export interface ProjectOptions {
  /** Project id. Give this or `projectSlug`. */
  projectId?: string;
  /** Project slug, resolved to its id once per client. Give this or `projectId`. */
  projectSlug?: string;
  /** Aborts the call (its login and retries included). */
  signal?: AbortSignal;
}

export interface LocationOptions extends ProjectOptions {
  /** Environment slug, e.g. `dev`. */
  environment: string;
  /** Folder path. Default `/`. */
  secretPath?: string;
}
