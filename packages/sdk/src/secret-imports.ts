// `sdk.secretImports`: managing which environment/path a folder imports, over
// @infisical-edge/secrets. Reads that include imports are dropped from the cache on each write.

import type { InfisicalClient } from "@infisical-edge/core";
import {
  createSecretImport,
  deleteSecretImport,
  listSecretImports,
  type SecretImportRecord,
  updateSecretImport,
} from "@infisical-edge/secrets";
import type { FieldNames } from "./guarded.js";
import {
  type EnvironmentOptions,
  environmentName,
  environmentOf,
  given,
  type ProjectOptions,
  projectOf,
  type SignalOption,
} from "./options.js";

/** The folder whose imports these are; `secretPath` defaults to `/`. */
type Located = ProjectOptions & EnvironmentOptions & SignalOption & { secretPath?: string | null };

/** Options of `sdk.secretImports.listSecretImports`. */
export type ListSecretImportsOptions = Located;
/** Options of `sdk.secretImports.createSecretImport`. */
export type CreateSecretImportOptions = Located & {
  /** The slug of the environment to import from. */
  importEnvironment: string;
  /** The folder path to import from. */
  importPath: string;
  /** Copy the secrets (replication) rather than reference them. Default false. */
  isReplication?: boolean;
};
/** Options of `sdk.secretImports.updateSecretImport`. */
export type UpdateSecretImportOptions = Located & {
  /** The import's id. */
  secretImportId: string;
  /** The new source environment's slug. */
  importEnvironment?: string | null;
  /** The new source folder path. */
  importPath?: string | null;
  /** The new 1-based position among the folder's imports. */
  position?: number | null;
};
/** Options of `sdk.secretImports.deleteSecretImport`. */
export type DeleteSecretImportOptions = Located & {
  /** The import's id. */
  secretImportId: string;
};

const location = (o: Located) => ({
  ...projectOf(o),
  environment: environmentOf(o),
  secretPath: given(o.secretPath),
  signal: o.signal,
});

/** The area functions' option names these methods take under other names. */
export const secretImportsFieldNames: FieldNames = {
  listSecretImports: environmentName,
  createSecretImport: environmentName,
  updateSecretImport: environmentName,
  deleteSecretImport: environmentName,
};

export function secretImportsResource(client: () => InfisicalClient) {
  return {
    /** The folder's imports in position order. */
    listSecretImports: (o: ListSecretImportsOptions): Promise<SecretImportRecord[]> =>
      listSecretImports(client(), location(o)),
    /** Imports `importEnvironment:importPath` (cyclic imports are the server's 400). */
    createSecretImport: (o: CreateSecretImportOptions): Promise<SecretImportRecord> =>
      createSecretImport(client(), {
        ...location(o),
        importEnvironment: o.importEnvironment,
        importPath: o.importPath,
        isReplication: o.isReplication,
      }),
    /** Repoints an import and/or moves it to another position. */
    updateSecretImport: (o: UpdateSecretImportOptions): Promise<SecretImportRecord> =>
      updateSecretImport(client(), {
        ...location(o),
        secretImportId: o.secretImportId,
        importEnvironment: given(o.importEnvironment),
        importPath: given(o.importPath),
        position: given(o.position),
      }),
    /** Removes an import. */
    deleteSecretImport: (o: DeleteSecretImportOptions): Promise<SecretImportRecord> =>
      deleteSecretImport(client(), { ...location(o), secretImportId: o.secretImportId }),
  };
}

/** The `sdk.secretImports` resource: list, create, update and delete a folder's secret imports. */
export type SecretImportsResource = ReturnType<typeof secretImportsResource>;
