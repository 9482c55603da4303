import { withIdentity } from "../auth/authenticate.js";
import { iso } from "../clock.js";
import type { Route } from "../http/router.js";
import type { ProjectRecord } from "../state.js";
import { projectBySlug, requireMember } from "./lookup.js";

// Project lookup by slug (old "workspace" path and the newer "projects" path answer alike).

export function projectJson(project: ProjectRecord) {
  return {
    id: project.id,
    name: project.name,
    slug: project.slug,
    type: project.type,
    environments: project.environments.map(({ id, name, slug }) => ({ id, name, slug })),
    createdAt: iso(project.createdAt),
    updatedAt: iso(project.updatedAt),
  };
}

const getBySlug = withIdentity((ctx, identity) => {
  const project = projectBySlug(ctx.rt, ctx.params.slug ?? "");
  requireMember(identity, project);
  return { body: { project: projectJson(project) } };
});

export const projectRoutes: Route[] = [
  { method: "GET", path: "/api/v2/workspace/:slug", handler: getBySlug },
  { method: "GET", path: "/api/v1/projects/slug/:slug", handler: getBySlug },
];
