// The Python SDK's return type names, for code moving over from it.

import type { CreatedLease, DynamicSecret, Lease } from "@infisical-edge/dynamic-secrets";
import type { Folder, FolderDetails, FolderWithPath } from "@infisical-edge/folders";
import type { KmsKey, ListKeysResult } from "@infisical-edge/kms";
import type { ListSecretsResult, Secret, SecretImport } from "@infisical-edge/secrets";

/** A secret (the Python SDK's `BaseSecret`). */
export type BaseSecret = Secret;
/** The secrets one import brings in (the Python SDK's `Import`). */
export type Import = SecretImport;
/** What `listSecrets` resolves to: `{ secrets, imports }`. */
export type ListSecretsResponse = ListSecretsResult;
export type { DynamicSecret, KmsKey };
/** A lease, with its dynamic secret when the route returns it. */
export type DynamicSecretLease = Lease & {
  /** The dynamic secret the lease was created from (`getLease`). */
  dynamicSecret?: DynamicSecret;
};
/** What `leases.create` resolves to: `{ lease, dynamicSecret, data }`. */
export type CreateLeaseResponse = CreatedLease;
/** What `kms.listKeys` resolves to: `{ keys, totalCount }`. */
export type ListKmsKeysResponse = ListKeysResult;
/** A folder as `folders.listFolders` returns it. */
export type ListFoldersResponseItem = Folder;
/** A folder with its path, as `folders.createFolder` and `updateFolder` return it. */
export type CreateFolderResponseItem = FolderWithPath;
/** A folder with its environment and project, as `folders.getFolderById` returns it. */
export type SingleFolderResponseItem = FolderDetails;
