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

export const MetadataInput = v.array(
  v.object({
    key: schemas.NonEmpty,
    value: v.optional(v.string("a string")),
    isEncrypted: v.optional(schemas.Bool),
  }),
  "an array of { key, value }",
);

export const TagIds = v.array(schemas.NonEmpty, "an array of tag ids");
/** The server's tag slug rule: lowercase letters, digits and hyphens. */
export const TagSlug = v.pipe(
  v.string("a tag slug string"),
  v.regex(/^[a-z0-9-]{1,64}$/, "a tag slug (lowercase letters, digits and -)"),
);
export const TagSlugs = v.array(TagSlug, "an array of tag slugs");
export const ReminderDays = v.nullish(
  v.pipe(
    v.number("a number of days"),
    v.integer("a whole number of days"),
    v.minValue(1, "at least 1 day"),
  ),
);
export const ReminderNote = v.nullish(
  v.pipe(v.string("a string"), v.maxLength(1024, "at most 1024 characters")),
);

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
  signal?: AbortSignal;
}

export interface LocationOptions extends ProjectOptions {
  /** Environment slug, e.g. `dev`. */
  environment: string;
  /** Folder path. Default `/`. */
  secretPath?: string;
}
