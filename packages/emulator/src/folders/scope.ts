import { secretPathNotFound } from "../http/errors.js";
import {
  findEnvironment,
  type ProjectRef,
  requireMember,
  requireProjectType,
  resolveProject,
} from "../projects/lookup.js";
import type { Runtime } from "../runtime.js";
import type { FolderRecord, IdentityRecord, ProjectRecord } from "../state.js";
import { normalizePath } from "./paths.js";
import { findFolder, rootFolder } from "./store.js";

// The common prelude of secret, folder and import routes: project (404), membership (403),
// project type (400), then the folder at (environment, path) (404 SecretPathNotFound).

export interface FolderScope {
  project: ProjectRecord;
  folder: FolderRecord;
}

export interface ScopeRequest {
  project: ProjectRef;
  environment: string;
  secretPath: string;
  /** 400 message when neither a project id nor a slug was given. */
  missingProject: string;
}

export function resolveProjectFor(
  rt: Runtime,
  identity: IdentityRecord,
  ref: ProjectRef,
  missingProject: string,
): ProjectRecord {
  const project = resolveProject(rt, ref, missingProject);
  requireMember(identity, project);
  requireProjectType(project, "secret-manager");
  return project;
}

export function folderIn(
  rt: Runtime,
  project: ProjectRecord,
  environment: string,
  secretPath: string,
): FolderRecord {
  const path = normalizePath(secretPath);
  const folder = findEnvironment(project, environment)
    ? path === "/"
      ? rootFolder(rt, project, environment)
      : findFolder(rt, project.id, environment, path)
    : undefined;
  if (!folder) throw secretPathNotFound(path, environment);
  return folder;
}

export function resolveScope(
  rt: Runtime,
  identity: IdentityRecord,
  request: ScopeRequest,
): FolderScope {
  const project = resolveProjectFor(rt, identity, request.project, request.missingProject);
  return { project, folder: folderIn(rt, project, request.environment, request.secretPath) };
}
