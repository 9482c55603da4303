import { withIdentity } from "../auth/authenticate.js";
import { iso } from "../clock.js";
import { normalizePath } from "../folders/paths.js";
import { folderIn, resolveProjectFor } from "../folders/scope.js";
import { findFolder } from "../folders/store.js";
import type { RequestContext } from "../http/context.js";
import { ApiError, badRequest, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import { findEnvironment, requireMember } from "../projects/lookup.js";
import type { Runtime } from "../runtime.js";
import { importsOf, renumber, resolveImports, wouldCycle } from "../secrets/imports.js";
import type {
  EnvironmentRecord,
  FolderRecord,
  IdentityRecord,
  ImportRecord,
  ProjectRecord,
  SecretRecord,
} from "../state.js";

// Secret imports (`/api/v2/secret-imports`): list, get, create, update (path, environment,
// position), delete (with a JSON body), and the imported secrets of a folder. As recorded:
// a cyclic or self import is a 400, a duplicate or an import of a missing path is accepted,
// and a missing destination folder is a 404.

const BASE = "/api/v2/secret-imports";
const MISSING_PROJECT = "Missing project id";

function baseJson(record: ImportRecord) {
  return {
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
  };
}

const envJson = (env: EnvironmentRecord | undefined, slug: string) => ({
  name: env?.name ?? slug,
  slug,
  id: env?.id ?? "",
});

/** Create, update and delete answers. */
function writtenJson(project: ProjectRecord, record: ImportRecord) {
  const env = findEnvironment(project, record.importEnvironment);
  return { ...baseJson(record), importEnv: envJson(env, record.importEnvironment) };
}

/** Destination folder that must exist, with the wording of the import routes. */
function destination(
  rt: Runtime,
  project: ProjectRecord,
  environment: string,
  path: string,
): FolderRecord {
  const folder = findEnvironment(project, environment)
    ? findFolder(rt, project.id, environment, path)
    : undefined;
  if (!folder) {
    throw notFound(
      `Folder with path '${path}' in environment with slug '${environment}' not found`,
    );
  }
  return folder;
}

/** The project, environment and path every write names in its body. */
async function readLocation(ctx: RequestContext, identity: IdentityRecord) {
  const body = Checker.body(await ctx.json());
  const projectId = body.string("projectId");
  const environment = body.string("environment");
  const path = normalizePath(body.optionalString("path") ?? "/");
  return {
    body,
    locate: () => {
      const project = resolveProjectFor(ctx.rt, identity, { id: projectId }, MISSING_PROJECT);
      return { project, folder: destination(ctx.rt, project, environment, path) };
    },
  };
}

function requireSourceEnvironment(project: ProjectRecord, slug: string): void {
  if (!findEnvironment(project, slug)) {
    throw notFound(`Imported environment with slug '${slug}' not found`);
  }
}

const cyclic = () => badRequest("Cyclic import not allowed");

const createImport = withIdentity(async (ctx, identity) => {
  const { body, locate } = await readLocation(ctx, identity);
  const source = body.object("import");
  const importEnvironment = source?.string("environment") ?? "";
  const importPath = normalizePath(source?.string("path") ?? "/");
  const isReplication = source?.optionalBoolean("isReplication") ?? false;
  body.optionalBoolean("isReplication");
  body.finish();

  const { rt } = ctx;
  const { project, folder } = locate();
  requireSourceEnvironment(project, importEnvironment);
  if (wouldCycle(rt, folder, importEnvironment, importPath)) throw cyclic();
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
      secretImport: writtenJson(project, record),
    },
  };
});

const missingInFolder = (id: string) =>
  new ApiError(404, "NotFound", `Secret import with folder ID '${id}' not found`);

/** The folder's imports and the one named by the route's `secretImportId` (404 when absent). */
function importIn(ctx: RequestContext, folderId: string) {
  const id = ctx.params.secretImportId ?? "";
  const siblings = importsOf(ctx.rt, folderId);
  const record = siblings.find((candidate) => candidate.id === id);
  if (!record) throw missingInFolder(id);
  return { siblings, record };
}

const updateImport = withIdentity(async (ctx, identity) => {
  const { body, locate } = await readLocation(ctx, identity);
  const change = body.object("import");
  const environment = change?.optionalString("environment");
  const rawPath = change?.optionalString("path");
  const position = change?.raw("position");
  if (position !== undefined && (typeof position !== "number" || !Number.isInteger(position))) {
    change?.custom("position", "Expected integer");
  }
  body.finish();

  const { rt } = ctx;
  const { project, folder } = locate();
  const { siblings, record } = importIn(ctx, folder.id);
  const nextEnvironment = environment ?? record.importEnvironment;
  const nextPath = rawPath === undefined ? record.importPath : normalizePath(rawPath);
  if (environment !== undefined) requireSourceEnvironment(project, environment);
  const moved = nextEnvironment !== record.importEnvironment || nextPath !== record.importPath;
  if (moved && wouldCycle(rt, folder, nextEnvironment, nextPath)) throw cyclic();

  const now = rt.now();
  if (typeof position === "number" && position !== record.position) {
    const others = siblings.filter((candidate) => candidate !== record);
    const at = Math.min(Math.max(position, 1), siblings.length) - 1;
    others.splice(at, 0, record);
    renumber(others, now);
  }
  if (moved) {
    record.importEnvironment = nextEnvironment;
    record.importPath = nextPath;
    record.updatedAt = now;
  }
  return {
    body: {
      message: "Successfully updated secret import",
      secretImport: writtenJson(project, record),
    },
  };
});

const deleteImport = withIdentity(async (ctx, identity) => {
  const { body, locate } = await readLocation(ctx, identity);
  body.finish();
  const { rt } = ctx;
  const { project, folder } = locate();
  const { siblings, record } = importIn(ctx, folder.id);
  rt.state.imports.delete(record.id);
  renumber(
    siblings.filter((candidate) => candidate !== record),
    rt.now(),
  );
  return {
    body: {
      message: "Successfully deleted secret import",
      secretImport: writtenJson(project, record),
    },
  };
});

/** The project and folder of a query-addressed read. */
function locateQuery(ctx: RequestContext, identity: IdentityRecord) {
  const query = Checker.query(ctx.query);
  const projectId = query.string("projectId");
  const environment = query.string("environment");
  const path = normalizePath(query.optionalString("path") ?? "/");
  query.finish();
  const project = resolveProjectFor(ctx.rt, identity, { id: projectId }, MISSING_PROJECT);
  return { project, folder: folderIn(ctx.rt, project, environment, path) };
}

const listImports = withIdentity((ctx, identity) => {
  const { project, folder } = locateQuery(ctx, identity);
  const secretImports = importsOf(ctx.rt, folder.id).map((record) => {
    const env = findEnvironment(project, record.importEnvironment);
    return {
      ...baseJson(record),
      importEnv: { ...envJson(env, record.importEnvironment), projectId: project.id },
      sourceProjectName: project.name,
    };
  });
  return { body: { message: "Successfully fetched secret imports", secretImports } };
});

const getImport = withIdentity((ctx, identity) => {
  const { rt } = ctx;
  const id = ctx.params.secretImportId ?? "";
  const record = rt.state.imports.get(id);
  const folder = record && rt.state.folders.get(record.folderId);
  const project = folder && rt.state.projects.get(folder.projectId);
  if (!record || !folder || !project) {
    throw new ApiError(404, "NotFound", `Secret import with ID '${id}' not found`);
  }
  requireMember(identity, project);
  const env = findEnvironment(project, folder.environment);
  return {
    body: {
      secretImport: {
        ...baseJson(record),
        environment: { id: env?.id ?? "", name: env?.name ?? "", slug: folder.environment },
        projectId: project.id,
        importEnv: envJson(
          findEnvironment(project, record.importEnvironment),
          record.importEnvironment,
        ),
        secretPath: folder.path,
      },
    },
  };
});

/** A secret as `/secret-imports/secrets` lists it: raw value, timestamps, no metadata. */
function importedSecretJson(secret: SecretRecord) {
  return {
    id: secret.id,
    _id: secret.id,
    workspace: "",
    environment: secret.environment,
    version: secret.version,
    type: secret.type,
    secretKey: secret.secretKey,
    secretValue: secret.secretValue,
    secretComment: secret.secretComment,
    skipMultilineEncoding: secret.skipMultilineEncoding,
    createdAt: iso(secret.createdAt),
    updatedAt: iso(secret.updatedAt),
    isRotatedSecret: false,
    rotationId: null,
  };
}

const importedSecrets = withIdentity((ctx, identity) => {
  const { rt } = ctx;
  const { project, folder } = locateQuery(ctx, identity);
  const secrets = resolveImports(rt, folder)
    .filter(({ source }) => !source || source.id !== folder.id)
    .map(({ record, source }) => {
      const env = findEnvironment(project, record.importEnvironment);
      return {
        secretPath: record.importPath,
        environment: record.importEnvironment,
        environmentInfo: {
          id: env?.id ?? "",
          name: env?.name ?? "",
          slug: record.importEnvironment,
        },
        ...(source ? { folderId: source.id } : {}),
        secrets: source
          ? [...rt.state.secrets.values()]
              .filter((secret) => secret.folderId === source.id && secret.type === "shared")
              .sort((a, b) => (a.secretKey < b.secretKey ? -1 : 1))
              .map(importedSecretJson)
          : [],
      };
    });
  return { body: { secrets } };
});

export const importRoutes: Route[] = [
  { method: "GET", path: BASE, handler: listImports },
  { method: "GET", path: `${BASE}/secrets`, handler: importedSecrets },
  { method: "GET", path: `${BASE}/:secretImportId`, handler: getImport },
  { method: "POST", path: BASE, handler: createImport },
  { method: "PATCH", path: `${BASE}/:secretImportId`, handler: updateImport },
  { method: "DELETE", path: `${BASE}/:secretImportId`, handler: deleteImport },
];
