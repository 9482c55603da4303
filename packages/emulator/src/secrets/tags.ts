import { notFound } from "../http/errors.js";
import type { ProjectRecord } from "../state.js";

// Tag ids on secret writes must name tags of the project; otherwise the server answers 404
// "Tag not found. Found " followed by the slugs it did find (an empty list reads as "").

export function requireTags(project: ProjectRecord, tagIds: string[] | undefined): void {
  if (!tagIds || tagIds.length === 0) return;
  const found = project.tags.filter((tag) => tagIds.includes(tag.id));
  if (found.length !== new Set(tagIds).size) {
    throw notFound(`Tag not found. Found ${found.map((tag) => tag.slug).join(",")}`);
  }
}
