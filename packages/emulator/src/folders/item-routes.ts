import { withIdentity } from "../auth/authenticate.js";
import { ApiError, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import { findEnvironment, requireMember } from "../projects/lookup.js";
import { normalizePath } from "./paths.js";
import { resolveProjectFor } from "./scope.js";
import { folderJson } from "./serialize.js";
import { findFolder, rootFolder } from "./store.js";
import { childByNameOrId, deleteFolderTree, holdsResources, renameFolder } from "./tree.js";

// One folder: get by id, update (rename, describe), delete (refused when it holds anything,
// unless `forceDelete`). Error names and messages follow the server's folder service.

type Selector = "projectId" | "workspaceId";

const FOLDER_NAME = /^[\w-]+$/;

function readName(body: Checker): string {
  const name = body.string("name");
  if (!FOLDER_NAME.test(name)) {
    body.custom(
      "name",
      "Invalid folder name. Only alphanumeric characters, dashes, and underscores are allowed.",
    );
  }
  return name;
}

const getFolderById = withIdentity((ctx, identity) => {
  const id = ctx.params.id ?? "";
  const folder = ctx.rt.state.folders.get(id);
  const project = folder ? ctx.rt.state.projects.get(folder.projectId) : undefined;
  if (!folder || !project) throw notFound(`Folder with ID '${id}' not found`);
  requireMember(identity, project);
  const env = findEnvironment(project, folder.environment);
  return {
    body: {
      folder: {
        ...folderJson(folder),
        environment: { envId: folder.envId, envName: env?.name ?? "", envSlug: folder.environment },
        path: folder.path,
        projectId: project.id,
      },
    },
  };
});

const updateFolder = (selector: Selector) =>
  withIdentity(async (ctx, identity) => {
    const body = Checker.body(await ctx.json());
    const projectId = body.string(selector);
    const environment = body.string("environment");
    const name = readName(body);
    const parentPath = normalizePath(body.optionalString("path") ?? "/");
    const description = body.nullableString("description");
    body.finish();

    const { rt } = ctx;
    const project = resolveProjectFor(rt, identity, { id: projectId }, "Missing project id");
    const parent = findEnvironment(project, environment)
      ? parentPath === "/"
        ? rootFolder(rt, project, environment)
        : findFolder(rt, project.id, environment, parentPath)
      : undefined;
    if (!parent) {
      throw new ApiError(
        404,
        "UpdateFolder",
        `Folder with path '${parentPath}' in environment with slug '${environment}' not found`,
      );
    }
    const id = ctx.params.folderId ?? "";
    const folder = childByNameOrId(rt, parent, id);
    if (!folder) throw new ApiError(404, "UpdateFolder", `Folder with ID '${id}' not found`);
    if (name !== folder.name && childByNameOrId(rt, parent, name)?.name === name) {
      throw new ApiError(400, "UpdateFolder", "Folder with specified name already exists");
    }
    renameFolder(rt, folder, name);
    if (description !== undefined) folder.description = description;
    folder.version += 1;
    folder.updatedAt = rt.now();
    return { body: { folder: { ...folderJson(folder), path: folder.path } } };
  });

const deleteFolder = (selector: Selector) =>
  withIdentity(async (ctx, identity) => {
    const body = Checker.body(await ctx.json());
    const projectId = body.string(selector);
    const environment = body.string("environment");
    const parentPath = normalizePath(body.optionalString("path") ?? "/");
    const forceDelete = body.optionalBoolean("forceDelete") ?? false;
    body.finish();

    const { rt } = ctx;
    const project = resolveProjectFor(rt, identity, { id: projectId }, "Missing project id");
    if (!findEnvironment(project, environment)) {
      throw notFound(`Environment with slug '${environment}' not found`);
    }
    const parent =
      parentPath === "/"
        ? rootFolder(rt, project, environment)
        : findFolder(rt, project.id, environment, parentPath);
    if (!parent) {
      throw notFound(
        `Folder with path '${parentPath}' in environment with slug '${environment}' not found`,
      );
    }
    const idOrName = ctx.params.folderIdOrName ?? "";
    const folder = childByNameOrId(rt, parent, idOrName);
    if (!folder) throw notFound(`Folder with ID '${idOrName}' not found`);
    if (!forceDelete && holdsResources(rt, folder)) {
      throw new ApiError(
        400,
        "deleteFolder",
        `Cannot delete folder "${folder.name}" because it contains resources. Use forceDelete=true to delete it forcefully.`,
      );
    }
    const answer = folderJson(folder);
    deleteFolderTree(rt, folder);
    return { body: { folder: answer } };
  });

export const folderItemRoutes: Route[] = [
  { method: "GET", path: "/api/v2/folders/:id", handler: getFolderById },
  { method: "PATCH", path: "/api/v2/folders/:folderId", handler: updateFolder("projectId") },
  { method: "DELETE", path: "/api/v2/folders/:folderIdOrName", handler: deleteFolder("projectId") },
  { method: "GET", path: "/api/v1/folders/:id", handler: getFolderById },
  { method: "PATCH", path: "/api/v1/folders/:folderId", handler: updateFolder("workspaceId") },
  {
    method: "DELETE",
    path: "/api/v1/folders/:folderIdOrName",
    handler: deleteFolder("workspaceId"),
  },
];
