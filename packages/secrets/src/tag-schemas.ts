// Response schemas of the project tag routes, as recorded from a real server: get by id or
// slug adds `name` (the slug); list, create, update and delete leave it out.

import * as v from "valibot";

/** One project tag as the server returns it: id, slug, colour and metadata. */
export const TagSchema = v.looseObject({
  /** The tag's id. */
  id: v.string(),
  /** The tag's slug, unique in its project. */
  slug: v.string(),
  /** The tag's colour, e.g. `#ff0000`. */
  color: v.nullish(v.string()),
  /** The tag's display name. */
  name: v.optional(v.string()),
  /** The id of the project the tag belongs to. */
  projectId: v.optional(v.string()),
  /** ISO 8601 creation time. */
  createdAt: v.optional(v.string()),
  /** ISO 8601 time of the last change. */
  updatedAt: v.optional(v.string()),
  /** The id of the user or identity that created the tag. */
  createdBy: v.nullish(v.string()),
  /** The kind of actor that created the tag (a user or a machine identity). */
  createdByActorType: v.nullish(v.string()),
});

/** Validates the server's answer for a single tag (get by slug, create, update, delete): `{ tag }`. */
export const TagResponse = v.looseObject({
  /** The tag. */
  tag: TagSchema,
});
/** Validates the server's answer to listing a project's tags: `{ tags }`. */
export const ListTagsResponse = v.looseObject({
  /** The project's tags. */
  tags: v.array(TagSchema),
});

/** A project tag, as `TagSchema` parses it. */
export type Tag = v.InferOutput<typeof TagSchema>;
