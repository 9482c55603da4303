import { normalizePath } from "../folders/paths.js";
import { findFolder, rootFolder } from "../folders/store.js";
import { notFound } from "../http/errors.js";
import {
  findEnvironment,
  projectBySlug,
  requireMember,
  requireProjectType,
} from "../projects/lookup.js";
import type { Runtime } from "../runtime.js";
import type { FolderRecord, IdentityRecord, ProjectRecord } from "../state.js";
import { type GatedAction, requireDynamicSecretPlan } from "./plan.js";
import { sweepExpiredLeases } from "./store.js";

// The prelude of every dynamic-secret route: project by slug (404), membership (403), project
// type (400), the licence for actions the plan gates (400), then the folder at (environmentSlug,
// path). Missing folders are a 404 whose wording differs between the dynamic-secret and the
// lease services, as on the server.

export interface DynamicScope {
  project: ProjectRecord;
  folder: FolderRecord;
  /** The path as the server echoes it: trimmed, trailing slash removed. */
  path: string;
}

export type FolderWording = "environment" | "environment with slug";

/** The server's `path` transform: trim, then drop one trailing slash (but keep "/"). */
export function routePath(raw: string | undefined): string {
  const path = (raw ?? "/").trim() || "/";
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}

export function resolveDynamicScope(
  rt: Runtime,
  identity: IdentityRecord,
  request: { projectSlug: string; environmentSlug: string; path: string },
  wording: FolderWording,
  gated?: GatedAction,
): DynamicScope {
  sweepExpiredLeases(rt);
  const project = projectBySlug(rt, request.projectSlug);
  requireMember(identity, project);
  requireProjectType(project, "secret-manager");
  if (gated) requireDynamicSecretPlan(rt, gated);
  const { environmentSlug, path } = request;
  const normalized = normalizePath(path);
  const folder = findEnvironment(project, environmentSlug)
    ? normalized === "/"
      ? rootFolder(rt, project, environmentSlug)
      : findFolder(rt, project.id, environmentSlug, normalized)
    : undefined;
  if (!folder) {
    throw notFound(`Folder with path '${path}' in ${wording} '${environmentSlug}' not found`);
  }
  return { project, folder, path };
}
