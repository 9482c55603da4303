import { withIdentity } from "../auth/authenticate.js";
import { badRequest, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import { findEnvironment } from "../projects/lookup.js";
import { folderItemRoutes } from "./item-routes.js";
import { joinPath, normalizePath, relativePath } from "./paths.js";
import { folderIn, resolveProjectFor } from "./scope.js";
import { folderJson } from "./serialize.js";
import { childFolders, descendantFolders, ensureFolder, findFolder } from "./store.js";

// Folder list and create, on v1 (`workspaceId`) and v2 (`projectId`); one folder's routes
// (get by id, update, delete) are in item-routes.ts.

type Selector = "projectId" | "workspaceId";

const FOLDER_NAME = /^[\w-]+$/;

/** Folders' `recursive` is boolean-ish rather than the strict "true"/"false" enum. */
function booleanish(value: string | undefined): boolean {
  if (value === undefined) return false;
  return !["", "0", "false"].includes(value.trim().toLowerCase());
}

const listFolders = (selector: Selector) =>
  withIdentity((ctx, identity) => {
    const query = Checker.query(ctx.query);
    const projectId = query.string(selector);
    const environment = query.string("environment");
    const path = normalizePath(
      query.optionalString("path") ?? query.optionalString("directory") ?? "/",
    );
    const recursive = booleanish(query.optionalString("recursive"));
    const since = query.optionalString("lastSecretModified");
    if (since !== undefined && Number.isNaN(Date.parse(since))) {
      query.custom("lastSecretModified", "Invalid datetime");
    }
    query.finish();

    const { rt } = ctx;
    const project = resolveProjectFor(rt, identity, { id: projectId }, "Missing project id");
    const parent = folderIn(rt, project, environment, path);
    const sinceMs = since === undefined ? undefined : Date.parse(since);
    const folders = (recursive ? descendantFolders(rt, parent) : childFolders(rt, parent)).filter(
      (folder) =>
        sinceMs === undefined ||
        (folder.lastSecretModified !== null && folder.lastSecretModified >= sinceMs),
    );
    return {
      body: {
        folders: folders.map((folder) =>
          recursive
            ? { ...folderJson(folder), relativePath: relativePath(path, folder.path) }
            : folderJson(folder),
        ),
      },
    };
  });

const createFolder = (selector: Selector) =>
  withIdentity(async (ctx, identity) => {
    const body = Checker.body(await ctx.json());
    const projectId = body.string(selector);
    const environment = body.string("environment");
    const name = body.string("name");
    if (!FOLDER_NAME.test(name)) {
      body.custom(
        "name",
        "Invalid folder name. Only alphanumeric characters, dashes, and underscores are allowed.",
      );
    }
    const parentPath = normalizePath(
      body.optionalString("path") ?? body.optionalString("directory") ?? "/",
    );
    const description = body.nullableString("description") ?? null;
    body.finish();

    const { rt } = ctx;
    const project = resolveProjectFor(rt, identity, { id: projectId }, "Missing project id");
    if (!findEnvironment(project, environment)) {
      throw notFound(
        `Environment with slug '${environment}' in project with ID ${project.id} not found`,
      );
    }
    const path = joinPath(parentPath, name);
    if (findFolder(rt, project.id, environment, path)) {
      throw badRequest(`Folder with name '${name}' already exists in path '${parentPath}'`);
    }
    const folder = ensureFolder(rt, project, environment, path, description);
    return { body: { folder: { ...folderJson(folder), path: folder.path } } };
  });

export const folderRoutes: Route[] = [
  { method: "GET", path: "/api/v2/folders", handler: listFolders("projectId") },
  { method: "POST", path: "/api/v2/folders", handler: createFolder("projectId") },
  { method: "GET", path: "/api/v1/folders", handler: listFolders("workspaceId") },
  { method: "POST", path: "/api/v1/folders", handler: createFolder("workspaceId") },
  ...folderItemRoutes,
];
