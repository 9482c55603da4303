import { badRequest, membershipNotFound, notFound } from "../http/errors.js";
import type { Runtime } from "../runtime.js";
import type { EnvironmentRecord, IdentityRecord, ProjectRecord, ProjectType } from "../state.js";

// Project resolution and the membership check every project-scoped route performs.

export interface ProjectRef {
  id?: string;
  slug?: string;
}

export function projectById(rt: Runtime, id: string): ProjectRecord {
  const project = rt.state.projects.get(id);
  if (!project) {
    throw notFound(
      `Project with ID '${id}' not found during bot lookup. Are you sure you are using the correct project ID?`,
    );
  }
  return project;
}

export function findProjectBySlug(rt: Runtime, slug: string): ProjectRecord | undefined {
  return [...rt.state.projects.values()].find((project) => project.slug === slug);
}

export function projectBySlug(rt: Runtime, slug: string): ProjectRecord {
  const project = findProjectBySlug(rt, slug);
  if (!project) throw notFound(`Project with slug '${slug}' not found`);
  return project;
}

export function resolveProject(
  rt: Runtime,
  ref: ProjectRef,
  missingMessage: string,
): ProjectRecord {
  if (ref.id) return projectById(rt, ref.id);
  if (ref.slug) return projectBySlug(rt, ref.slug);
  throw badRequest(missingMessage);
}

export function isMember(identity: IdentityRecord, project: ProjectRecord): boolean {
  return identity.projects === undefined || identity.projects.includes(project.id);
}

export function requireMember(identity: IdentityRecord, project: ProjectRecord): void {
  if (!isMember(identity, project)) throw membershipNotFound(project.id);
}

/** Secret routes refuse KMS projects and vice versa, with the server's wording. */
export function requireProjectType(project: ProjectRecord, type: ProjectType): void {
  if (project.type !== type) {
    throw badRequest(
      `The project is of type ${project.type}. Operations of type ${type} are not allowed.`,
    );
  }
}

export function findEnvironment(
  project: ProjectRecord,
  slug: string,
): EnvironmentRecord | undefined {
  return project.environments.find((environment) => environment.slug === slug);
}
