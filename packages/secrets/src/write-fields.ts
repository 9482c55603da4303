// Option schemas of the write and filter calls. A module of their own: esbuild keeps every
// top-level valibot call of a module it bundles, so a read-only bundle carries none of these.

import { schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";

export const MetadataInput = v.array(
  v.object({
    /** The metadata key. */
    key: schemas.NonEmpty,
    /** The metadata value. */
    value: v.optional(v.string("a string")),
    /** Store the value encrypted on the server. */
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
