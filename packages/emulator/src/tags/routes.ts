import { withIdentity } from "../auth/authenticate.js";
import { iso } from "../clock.js";
import type { RequestContext } from "../http/context.js";
import { badRequest, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import { projectById, requireMember } from "../projects/lookup.js";
import type { IdentityRecord, ProjectRecord, TagRecord } from "../state.js";

// Project tags (`/api/v1/projects/:projectId/tags`). As recorded: create and update need both
// `slug` and `color`; a slug already used in the project is a 400; get by id or slug adds a
// `name` (the slug) that list, create, update and delete leave out.

const BASE = "/api/v1/projects/:projectId/tags";
const SLUG = /^[a-z0-9-]+$/;
const SLUG_MESSAGE = "Slug field can only contain lowercase letters, numbers, and hyphens";

function projectOf(ctx: RequestContext, identity: IdentityRecord): ProjectRecord {
  const project = projectById(ctx.rt, ctx.params.projectId ?? "");
  requireMember(identity, project);
  return project;
}

export function tagJson(tag: TagRecord, projectId: string) {
  return {
    id: tag.id,
    slug: tag.slug,
    color: tag.color,
    createdAt: iso(tag.createdAt),
    updatedAt: iso(tag.updatedAt),
    createdBy: tag.createdBy,
    projectId,
    createdByActorType: tag.createdByActorType,
  };
}

const named = (tag: TagRecord, projectId: string) => ({
  ...tagJson(tag, projectId),
  name: tag.slug,
});

async function readTagBody(ctx: RequestContext): Promise<{ slug: string; color: string }> {
  const body = Checker.body(await ctx.json());
  const slug = body.string("slug").trim();
  if (body.has("slug") && typeof body.raw("slug") === "string" && !SLUG.test(slug)) {
    body.custom("slug", SLUG_MESSAGE);
  }
  const color = body.string("color").trim();
  body.finish();
  return { slug, color };
}

function requireTag(project: ProjectRecord, id: string): TagRecord {
  const tag = project.tags.find((candidate) => candidate.id === id);
  if (!tag) throw notFound(`Tag with ID '${id}' not found`);
  return tag;
}

function requireFreeSlug(project: ProjectRecord, slug: string, self?: TagRecord): void {
  if (project.tags.some((tag) => tag.slug === slug && tag !== self)) {
    throw badRequest("Tag already exists");
  }
}

const listTags = withIdentity((ctx, identity) => {
  const project = projectOf(ctx, identity);
  return { body: { tags: project.tags.map((tag) => tagJson(tag, project.id)) } };
});

const getTag = withIdentity((ctx, identity) => {
  const project = projectOf(ctx, identity);
  return { body: { tag: named(requireTag(project, ctx.params.tagId ?? ""), project.id) } };
});

const getTagBySlug = withIdentity((ctx, identity) => {
  const project = projectOf(ctx, identity);
  const slug = ctx.params.tagSlug ?? "";
  const tag = project.tags.find((candidate) => candidate.slug === slug);
  if (!tag) throw notFound(`Tag with slug '${slug}' not found`);
  return { body: { tag: named(tag, project.id) } };
});

const createTag = withIdentity(async (ctx, identity) => {
  const project = projectOf(ctx, identity);
  const { slug, color } = await readTagBody(ctx);
  requireFreeSlug(project, slug);
  const now = ctx.rt.now();
  const tag: TagRecord = {
    id: ctx.rt.ids.uuid(),
    slug,
    name: slug,
    color,
    createdAt: now,
    updatedAt: now,
    createdBy: identity.id,
    createdByActorType: identity.actor,
  };
  project.tags.push(tag);
  return { body: { tag: tagJson(tag, project.id) } };
});

const updateTag = withIdentity(async (ctx, identity) => {
  const project = projectOf(ctx, identity);
  const { slug, color } = await readTagBody(ctx);
  const tag = requireTag(project, ctx.params.tagId ?? "");
  requireFreeSlug(project, slug, tag);
  Object.assign(tag, { slug, name: slug, color, updatedAt: ctx.rt.now() });
  return { body: { tag: tagJson(tag, project.id) } };
});

const deleteTag = withIdentity((ctx, identity) => {
  const project = projectOf(ctx, identity);
  const tag = requireTag(project, ctx.params.tagId ?? "");
  project.tags = project.tags.filter((candidate) => candidate !== tag);
  // Secrets lose the tag with it (the server's join rows cascade).
  for (const secret of ctx.rt.state.secrets.values()) {
    secret.tagIds = secret.tagIds.filter((id) => id !== tag.id);
  }
  return { body: { tag: tagJson(tag, project.id) } };
});

export const tagRoutes: Route[] = [
  { method: "GET", path: BASE, handler: listTags },
  { method: "GET", path: `${BASE}/slug/:tagSlug`, handler: getTagBySlug },
  { method: "GET", path: `${BASE}/:tagId`, handler: getTag },
  { method: "POST", path: BASE, handler: createTag },
  { method: "PATCH", path: `${BASE}/:tagId`, handler: updateTag },
  { method: "DELETE", path: `${BASE}/:tagId`, handler: deleteTag },
];
