// Response schemas of the project tag routes, as recorded from a real server: get by id or
// slug adds `name` (the slug); list, create, update and delete leave it out.

import * as v from "valibot";

/** One project tag as the server returns it: id, slug, colour and metadata. */
export const TagSchema = v.looseObject({
  id: v.string(),
  slug: v.string(),
  color: v.nullish(v.string()),
  name: v.optional(v.string()),
  projectId: v.optional(v.string()),
  createdAt: v.optional(v.string()),
  updatedAt: v.optional(v.string()),
  createdBy: v.nullish(v.string()),
  createdByActorType: v.nullish(v.string()),
});

/** Validates the server's answer for a single tag (get by slug, create, update, delete): `{ tag }`. */
export const TagResponse = v.looseObject({ tag: TagSchema });
/** Validates the server's answer to listing a project's tags: `{ tags }`. */
export const ListTagsResponse = v.looseObject({ tags: v.array(TagSchema) });

/** A project tag, as `TagSchema` parses it. */
export type Tag = v.InferOutput<typeof TagSchema>;
