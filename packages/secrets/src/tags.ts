// Project tags: list, get by slug, create, update, delete (`/api/v1/projects/{id}/tags`).
// Secret writes take tag ids; `tagSlugs` on them resolve through tag-ids.ts, whose memo the
// tag writes here clear.

import type { InfisicalClient } from "@infisical-edge/core";
import {
  afterWrite,
  parseResponse,
  resolveProjectId,
  schemas,
} from "@infisical-edge/core/internal";
import * as v from "valibot";
import { ProjectEntries, type ProjectOptions, parseLocated, TagSlug } from "./options.js";
import { forgetTagIds } from "./tag-ids.js";
import { ListTagsResponse, type Tag, TagResponse } from "./tag-schemas.js";

const tagsUrl = (projectId: string) => `/api/v1/projects/${encodeURIComponent(projectId)}/tags`;

/** A tag id as it goes into the URL. */
const TagId = schemas.pathId("tag id");

/** The server requires a colour on create and update; any CSS colour string. */
const Color = schemas.NonEmpty;

/** Options of `getTagBySlug`: the project and the slug of the tag to fetch. */
export interface GetTagBySlugOptions extends ProjectOptions {
  /** The tag's slug. */
  tagSlug: string;
}
/** Options of `createTag`: the project and the new tag's slug and colour. */
export interface CreateTagOptions extends ProjectOptions {
  /** The new tag's slug. */
  slug: string;
  /** The tag's colour, e.g. `#ff0000`. */
  color: string;
}
/** Options of `updateTag`: the tag to change, by id, and its new slug and colour. */
export interface UpdateTagOptions extends ProjectOptions {
  /** The tag's id. */
  tagId: string;
  /** The new slug. */
  slug: string;
  /** The new colour, e.g. `#ff0000`. */
  color: string;
}
/** Options of `deleteTag`: the project and the id of the tag to delete. */
export interface DeleteTagOptions extends ProjectOptions {
  /** The tag's id. */
  tagId: string;
}

const ListOptions = v.object(ProjectEntries);
const BySlugOptions = v.object({ ...ProjectEntries, tagSlug: TagSlug });
const CreateOptions = v.object({ ...ProjectEntries, slug: TagSlug, color: Color });
const UpdateOptions = v.object({
  ...ProjectEntries,
  tagId: TagId,
  slug: TagSlug,
  color: Color,
});
const DeleteOptions = v.object({ ...ProjectEntries, tagId: TagId });

/** Every tag of a project. */
export async function listTags(client: InfisicalClient, options: ProjectOptions): Promise<Tag[]> {
  const o = parseLocated(ListOptions, options);
  const path = tagsUrl(await resolveProjectId(client, o, o.signal));
  const response = await client.send({ method: "GET", path, signal: o.signal });
  return parseResponse(ListTagsResponse, response, "GET", path).tags;
}

/** One tag by its slug (404 when the project has none). */
export async function getTagBySlug(
  client: InfisicalClient,
  options: GetTagBySlugOptions,
): Promise<Tag> {
  const o = parseLocated(BySlugOptions, options);
  const base = tagsUrl(await resolveProjectId(client, o, o.signal));
  const path = `${base}/slug/${encodeURIComponent(o.tagSlug)}`;
  const response = await client.send({ method: "GET", path, signal: o.signal });
  return parseResponse(TagResponse, response, "GET", path).tag;
}

async function writeTag(
  client: InfisicalClient,
  projectId: string,
  request: { method: "POST" | "PATCH" | "DELETE"; path: string; body?: unknown },
  signal: AbortSignal | undefined,
): Promise<Tag> {
  try {
    return await afterWrite(
      async () => {
        const response = await client.send({ ...request, signal });
        return parseResponse(TagResponse, response, request.method, request.path).tag;
      },
      async () => {
        // Cached secrets carry their tags, and tag-filtered lists depend on them: a renamed
        // or deleted tag makes any of the project's cached reads stale.
        const scope = await client.keyScope(projectId, { invalidation: true });
        await client.cache.invalidate(scope.project);
      },
    );
  } finally {
    forgetTagIds(client, projectId);
  }
}

/** Creates a tag (a slug already used in the project is a 400 "Tag already exists"). */
export async function createTag(client: InfisicalClient, options: CreateTagOptions): Promise<Tag> {
  const { signal, slug, color, ...ref } = parseLocated(CreateOptions, options);
  const projectId = await resolveProjectId(client, ref, signal);
  const body = { slug, color };
  return writeTag(client, projectId, { method: "POST", path: tagsUrl(projectId), body }, signal);
}

/** Changes a tag's slug and colour (the server wants both). */
export async function updateTag(client: InfisicalClient, options: UpdateTagOptions): Promise<Tag> {
  const { signal, tagId, slug, color, ...ref } = parseLocated(UpdateOptions, options);
  const projectId = await resolveProjectId(client, ref, signal);
  const path = `${tagsUrl(projectId)}/${encodeURIComponent(tagId)}`;
  return writeTag(client, projectId, { method: "PATCH", path, body: { slug, color } }, signal);
}

/** Deletes a tag; secrets carrying it lose it. */
export async function deleteTag(client: InfisicalClient, options: DeleteTagOptions): Promise<Tag> {
  const { signal, tagId, ...ref } = parseLocated(DeleteOptions, options);
  const projectId = await resolveProjectId(client, ref, signal);
  const path = `${tagsUrl(projectId)}/${encodeURIComponent(tagId)}`;
  return writeTag(client, projectId, { method: "DELETE", path }, signal);
}
