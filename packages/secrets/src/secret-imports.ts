// Managing secret imports (`/api/v2/secret-imports`): which other environment/path a folder
// imports, in what order. Writes drop the cached reads they can change: every read that
// includes imports or expands references (the project's "wide" entries) and the folder's own.
// As the server does: a cyclic or self import is a 400, a duplicate or an import of a missing
// path is accepted.

import type { InfisicalClient } from "@infisical-edge/core";
import { parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { projectOf } from "./location.js";
import { LocationEntries, type LocationOptions, parseLocated } from "./options.js";
import {
  ListSecretImportsResponse,
  type SecretImportRecord,
  SecretImportResponse,
} from "./secret-import-schemas.js";
import { writeThenInvalidate } from "./write-invalidation.js";

const BASE = "/api/v2/secret-imports";

/** An import's id as it goes into the URL. */
const SecretImportId = schemas.pathId("secret import id");
/** Options of `listSecretImports`: the project, environment and folder whose imports to list. */
export type ListSecretImportsOptions = LocationOptions;
/** Options of `createSecretImport`: the folder to import into and the environment and path to import from. */
export interface CreateSecretImportOptions extends LocationOptions {
  /** The environment to import from. */
  importEnvironment: string;
  /** The folder path to import from. */
  importPath: string;
  /** Replicate the secrets instead of linking them (an enterprise feature). */
  isReplication?: boolean;
}
/** Options of `updateSecretImport`: the import to change, by id in its folder, and its new source and/or position. */
export interface UpdateSecretImportOptions extends LocationOptions {
  /** The import's id. */
  secretImportId: string;
  /** The new source environment's slug. */
  importEnvironment?: string;
  /** The new source folder's path. */
  importPath?: string;
  /** New 1-based position; the others shift. */
  position?: number;
}
/** Options of `deleteSecretImport`: the import to remove, by id in its folder. */
export interface DeleteSecretImportOptions extends LocationOptions {
  /** The import's id. */
  secretImportId: string;
}

const ListOptions = v.object(LocationEntries);
const CreateOptions = v.object({
  ...LocationEntries,
  importEnvironment: schemas.EnvironmentSlug,
  importPath: schemas.SecretPath,
  isReplication: v.optional(schemas.Bool),
});
const UpdateOptions = v.object({
  ...LocationEntries,
  secretImportId: SecretImportId,
  importEnvironment: v.optional(schemas.EnvironmentSlug),
  importPath: v.optional(schemas.SecretPath),
  position: v.optional(
    v.pipe(v.number("a position"), v.integer("a whole position"), v.minValue(1, "at least 1")),
  ),
});
const DeleteOptions = v.object({ ...LocationEntries, secretImportId: SecretImportId });

/** The imports of a folder, in position order. */
export async function listSecretImports(
  client: InfisicalClient,
  options: ListSecretImportsOptions,
): Promise<SecretImportRecord[]> {
  const o = parseLocated(ListOptions, options);
  const projectId = await projectOf(client, o);
  const query = { projectId, environment: o.environment, path: o.secretPath };
  const response = await client.send({ method: "GET", path: BASE, query, signal: o.signal });
  return parseResponse(ListSecretImportsResponse, response, "GET", BASE).secretImports;
}

async function write(
  client: InfisicalClient,
  o: { environment: string; secretPath: string; signal?: AbortSignal | undefined },
  projectId: string,
  method: "POST" | "PATCH" | "DELETE",
  path: string,
  extra: Record<string, unknown>,
): Promise<SecretImportRecord> {
  const body = { projectId, environment: o.environment, path: o.secretPath, ...extra };
  return writeThenInvalidate(client, projectId, o.environment, [o.secretPath], async () => {
    const response = await client.send({ method, path, body, signal: o.signal });
    return parseResponse(SecretImportResponse, response, method, path).secretImport;
  });
}

/** Imports `importEnvironment:importPath` into the folder (appended last). */
export async function createSecretImport(
  client: InfisicalClient,
  options: CreateSecretImportOptions,
): Promise<SecretImportRecord> {
  const o = parseLocated(CreateOptions, options);
  const projectId = await projectOf(client, o);
  const source = { environment: o.importEnvironment, path: o.importPath };
  const extra = {
    import: source,
    ...(o.isReplication === undefined ? {} : { isReplication: o.isReplication }),
  };
  return write(client, o, projectId, "POST", BASE, extra);
}

/** Points an import elsewhere and/or moves it to another position. */
export async function updateSecretImport(
  client: InfisicalClient,
  options: UpdateSecretImportOptions,
): Promise<SecretImportRecord> {
  const o = parseLocated(UpdateOptions, options);
  const projectId = await projectOf(client, o);
  const change = {
    ...(o.importEnvironment === undefined ? {} : { environment: o.importEnvironment }),
    ...(o.importPath === undefined ? {} : { path: o.importPath }),
    ...(o.position === undefined ? {} : { position: o.position }),
  };
  const path = `${BASE}/${encodeURIComponent(o.secretImportId)}`;
  return write(client, o, projectId, "PATCH", path, { import: change });
}

/** Removes an import (the server takes the folder in a JSON body). */
export async function deleteSecretImport(
  client: InfisicalClient,
  options: DeleteSecretImportOptions,
): Promise<SecretImportRecord> {
  const o = parseLocated(DeleteOptions, options);
  const projectId = await projectOf(client, o);
  const path = `${BASE}/${encodeURIComponent(o.secretImportId)}`;
  return write(client, o, projectId, "DELETE", path, {});
}
