import { withIdentity } from "../auth/authenticate.js";
import { normalizePath } from "../folders/paths.js";
import { resolveScope } from "../folders/scope.js";
import { descendantFolders } from "../folders/store.js";
import { badRequest, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import { requireMember } from "../projects/lookup.js";
import type { FolderRecord, SecretRecord } from "../state.js";
import { matchesFilters, parseMetadataFilter, parseTagSlugs } from "./filters.js";
import type { Flavor } from "./flavors.js";
import { importedSources, resolveImports } from "./imports.js";
import { SECRET_TYPES } from "./input.js";
import { byIdJson, fetchedJson, importedJson, listedJson, versionJson } from "./serialize.js";
import { findSecret, secretsInFolder, secretVersion } from "./store.js";
import { type ViewOptions, viewValue } from "./view.js";

// Reads: list, get by name (optionally a past version, optionally found through imports),
// get by id.

function requireEnvironment(environment: string | undefined): string {
  if (environment === undefined) throw badRequest("Missing environment");
  return environment;
}

const listSecrets = (flavor: Flavor) =>
  withIdentity((ctx, identity) => {
    const query = Checker.query(ctx.query);
    const project = flavor.queryProject(query);
    const environment = flavor.queryEnvironment(query);
    const secretPath = normalizePath(query.optionalString("secretPath") ?? "/");
    const expand = query.queryBoolean("expandSecretReferences", flavor.expandDefault);
    const recursive = query.queryBoolean("recursive", false);
    const includeImports = query.queryBoolean(flavor.importsParam, flavor.importsDefault);
    const viewSecretValue = query.queryBoolean("viewSecretValue", true);
    const tagSlugs = parseTagSlugs(query.optionalString("tagSlugs"));
    const metadataFilter = parseMetadataFilter(query, "metadataFilter");
    query.finish();

    const { rt } = ctx;
    const scope = resolveScope(rt, identity, {
      project,
      environment: requireEnvironment(environment),
      secretPath,
      missingProject: flavor.missingQueryProject,
    });
    const view: ViewOptions = { expand, viewValue: viewSecretValue };
    const folders = recursive
      ? [scope.folder, ...descendantFolders(rt, scope.folder).sort(byPath)]
      : [scope.folder];

    const secrets = folders.flatMap((folder) =>
      secretsInFolder(rt, folder.id)
        .filter((secret) => matchesFilters(scope.project, secret, tagSlugs, metadataFilter))
        .map((secret) =>
          listedJson(
            scope.project,
            secret,
            viewValue(rt, folder, secret, view),
            folder.path,
            tagSlugs,
          ),
        ),
    );
    const imports = includeImports
      ? folders.flatMap((folder) =>
          resolveImports(rt, folder).map(({ record, source }) => ({
            secretPath: record.importPath,
            environment: record.importEnvironment,
            // A missing imported path reads as empty, without a folderId (as recorded).
            ...(source ? { folderId: source.id } : {}),
            secrets: source
              ? secretsInFolder(rt, source.id).map((secret) =>
                  importedJson(secret, viewValue(rt, source, secret, view)),
                )
              : [],
          })),
        )
      : [];
    return { body: { secrets, imports }, etag: "sha256" };
  });

const byPath = (a: FolderRecord, b: FolderRecord) =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

const getSecretByName = (flavor: Flavor) =>
  withIdentity((ctx, identity) => {
    const query = Checker.query(ctx.query);
    const project = flavor.queryProject(query);
    const environment = flavor.queryEnvironment(query);
    const secretPath = normalizePath(query.optionalString("secretPath") ?? "/");
    const version = query.optionalQueryNumber("version");
    const type = query.enumOf("type", SECRET_TYPES, "shared");
    const viewSecretValue = query.queryBoolean("viewSecretValue", true);
    const expand = query.queryBoolean("expandSecretReferences", flavor.expandDefault);
    const includeImports = query.queryBoolean(flavor.importsParam, flavor.importsDefault);
    query.finish();

    const { rt } = ctx;
    const name = ctx.params.secretName ?? "";
    const scope = resolveScope(rt, identity, {
      project,
      environment: requireEnvironment(environment),
      secretPath,
      missingProject: flavor.missingQueryProject,
    });
    let found: { secret: SecretRecord; folder: FolderRecord } | undefined;
    const local = findSecret(rt, scope.folder.id, name, type);
    if (local) found = { secret: local, folder: scope.folder };
    if (!found && includeImports) {
      for (const source of importedSources(rt, scope.folder)) {
        const imported = findSecret(rt, source.id, name, type);
        if (imported) {
          found = { secret: imported, folder: source };
          break;
        }
      }
    }
    if (!found) throw notFound(`Secret with name '${name}' not found`);

    const view: ViewOptions = { expand, viewValue: viewSecretValue };
    if (version !== undefined) {
      const past = secretVersion(found.secret, version);
      if (!past) throw notFound(`Secret with name '${name}' and version ${version} not found`);
      const pastView = viewValue(rt, found.folder, past, view);
      return { body: { secret: versionJson(found.secret, past, pastView, found.folder.path) } };
    }
    const current = viewValue(rt, found.folder, found.secret, view);
    return {
      body: { secret: fetchedJson(scope.project, found.secret, current, found.folder.path) },
    };
  });

const getSecretById = withIdentity((ctx, identity) => {
  const { rt } = ctx;
  const id = ctx.params.secretId ?? "";
  const secret = rt.state.secrets.get(id);
  const project = secret && rt.state.projects.get(secret.projectId);
  const folder = secret && rt.state.folders.get(secret.folderId);
  if (!secret || !project || !folder) throw notFound(`Secret with ID '${id}' not found`);
  requireMember(identity, project);
  return { body: { secret: byIdJson(project, secret, folder.path) } };
});

export function readRoutes(flavor: Flavor, base: string): Route[] {
  return [
    { method: "GET", path: base, handler: listSecrets(flavor) },
    { method: "GET", path: `${base}/id/:secretId`, handler: getSecretById },
    { method: "GET", path: `${base}/:secretName`, handler: getSecretByName(flavor) },
  ];
}
