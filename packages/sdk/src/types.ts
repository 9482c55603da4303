// The Python SDK's return type names, for code moving over from it.

import type { CreatedLease, DynamicSecret, Lease } from "@infisical-edge/dynamic-secrets";
import type { Folder, FolderDetails, FolderWithPath } from "@infisical-edge/folders";
import type { KmsKey, ListKeysResult } from "@infisical-edge/kms";
import type { ListSecretsResult, Secret, SecretImport } from "@infisical-edge/secrets";

export type BaseSecret = Secret;
export type Import = SecretImport;
export type ListSecretsResponse = ListSecretsResult;
export type { DynamicSecret, KmsKey };
export type DynamicSecretLease = Lease & { dynamicSecret?: DynamicSecret };
export type CreateLeaseResponse = CreatedLease;
export type ListKmsKeysResponse = ListKeysResult;
export type ListFoldersResponseItem = Folder;
export type CreateFolderResponseItem = FolderWithPath;
export type SingleFolderResponseItem = FolderDetails;
