// Response schemas of the project tag routes, as recorded from a real server: get by id or
// slug adds `name` (the slug); list, create, update and delete leave it out.

import * as v from "valibot";

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

export const TagResponse = v.looseObject({ tag: TagSchema });
export const ListTagsResponse = v.looseObject({ tags: v.array(TagSchema) });

export type Tag = v.InferOutput<typeof TagSchema>;
