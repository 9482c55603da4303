// `tagSlugs` on secret writes: slugs resolved to ids with one tag list per client and project,
// remembered until a tag write through this client (or an unknown slug) clears it.

import { type InfisicalClient, InfisicalValidationError } from "@infisical-edge/core";
import { parseResponse } from "@infisical-edge/core/internal";
import { ListTagsResponse } from "./tag-schemas.js";

type SlugMap = Map<string, string>;
const memo = new WeakMap<InfisicalClient, Map<string, Promise<SlugMap>>>();

export function forgetTagIds(client: InfisicalClient, projectId: string): void {
  memo.get(client)?.delete(projectId);
}

function slugMap(client: InfisicalClient, projectId: string): Promise<SlugMap> {
  let byProject = memo.get(client);
  if (!byProject) {
    byProject = new Map();
    memo.set(client, byProject);
  }
  let pending = byProject.get(projectId);
  if (!pending) {
    const path = `/api/v1/projects/${encodeURIComponent(projectId)}/tags`;
    // Shared by every caller, so no caller's signal.
    pending = client.send({ method: "GET", path }).then((response) => {
      const { tags } = parseResponse(ListTagsResponse, response, "GET", path);
      return new Map(tags.map((tag) => [tag.slug, tag.id]));
    });
    pending.catch(() => forgetTagIds(client, projectId));
    byProject.set(projectId, pending);
  }
  return pending;
}

/**
 * Tag ids for slugs; a slug the project lacks (after one fresh look) is a validation error on
 * `field` (`secrets.2.tagSlugs` for an item of a batch).
 */
export async function tagIdsFor(
  client: InfisicalClient,
  projectId: string,
  slugs: readonly string[],
  field = "tagSlugs",
): Promise<string[]> {
  let known = await slugMap(client, projectId);
  if (slugs.some((slug) => !known.has(slug))) {
    // Maybe created elsewhere since the list was read: look once more.
    forgetTagIds(client, projectId);
    known = await slugMap(client, projectId);
  }
  const unknown = slugs.filter((slug) => !known.has(slug));
  if (unknown.length > 0) {
    throw new InfisicalValidationError([
      { field, reason: `no tag with slug ${unknown.join(", ")} in the project` },
    ]);
  }
  return slugs.map((slug) => known.get(slug) as string);
}

/** Moves `tagSlugs` of write fields into `tagIds` (added to any ids given). */
export async function withTagIds<T extends { tagSlugs?: string[]; tagIds?: string[] }>(
  client: InfisicalClient,
  projectId: string,
  fields: T,
  field?: string,
): Promise<Omit<T, "tagSlugs">> {
  const { tagSlugs, ...rest } = fields;
  if (!tagSlugs) return rest;
  const ids = await tagIdsFor(client, projectId, tagSlugs, field);
  return { ...rest, tagIds: [...new Set([...(rest.tagIds ?? []), ...ids])] };
}

/** `withTagIds` for one client, as a write's body builder (`writeSecret`'s `bodyOf`). */
export const tagIdsOf =
  (client: InfisicalClient) =>
  <T extends { tagSlugs?: string[]; tagIds?: string[] }>(projectId: string, fields: T) =>
    withTagIds(client, projectId, fields);
