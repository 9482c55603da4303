import { withIdentity } from "../auth/authenticate.js";
import { iso } from "../clock.js";
import { normalizePath } from "../folders/paths.js";
import { folderIn, resolveProjectFor } from "../folders/scope.js";
import { badRequest, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import { findEnvironment } from "../projects/lookup.js";
import { importsOf } from "../secrets/imports.js";
import type { ImportRecord } from "../state.js";

// Creating a secret import (link another environment/path into a folder).

const createImport = withIdentity(async (ctx, identity) => {
  const body = Checker.body(await ctx.json());
  const projectId = body.string("projectId");
  const environment = body.string("environment");
  const path = normalizePath(body.optionalString("path") ?? "/");
  const source = body.object("import");
  const importEnvironment = source?.string("environment") ?? "";
  const importPath = normalizePath(source?.string("path") ?? "/");
  const isReplication = body.optionalBoolean("isReplication") ?? false;
  body.finish();

  const { rt } = ctx;
  const project = resolveProjectFor(rt, identity, { id: projectId }, "Missing project id");
  const folder = folderIn(rt, project, environment, path);
  const importEnv = findEnvironment(project, importEnvironment);
  if (!importEnv) throw notFound(`Imported environment with slug '${importEnvironment}' not found`);
  folderIn(rt, project, importEnvironment, importPath);
  if (importEnvironment === environment && importPath === folder.path) {
    throw badRequest("A folder cannot import itself");
  }
  const now = rt.now();
  const record: ImportRecord = {
    id: rt.ids.uuid(),
    folderId: folder.id,
    importEnvironment,
    importPath,
    position: importsOf(rt, folder.id).length + 1,
    version: 1,
    isReplication,
    createdAt: now,
    updatedAt: now,
  };
  rt.state.imports.set(record.id, record);
  return {
    body: {
      message: "Successfully created secret import",
      secretImport: {
        id: record.id,
        version: record.version,
        importPath: record.importPath,
        position: record.position,
        createdAt: iso(record.createdAt),
        updatedAt: iso(record.updatedAt),
        folderId: record.folderId,
        isReplication: record.isReplication,
        isReplicationSuccess: null,
        replicationStatus: null,
        lastReplicated: null,
        isReserved: false,
        importEnv: { name: importEnv.name, slug: importEnv.slug, id: importEnv.id },
      },
    },
  };
});

export const importRoutes: Route[] = [
  { method: "POST", path: "/api/v2/secret-imports", handler: createImport },
];
