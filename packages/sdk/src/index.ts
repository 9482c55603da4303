export {
  InfisicalApiError,
  InfisicalAuthError,
  InfisicalError,
  InfisicalNetworkError,
  InfisicalResponseError,
  InfisicalTimeoutError,
  InfisicalValidationError,
} from "@infisical-edge/core";
export type { Approval, SecretImportRecord, Tag } from "@infisical-edge/secrets";
export { InfisicalApprovalRequiredError } from "./approval-error";
export type { AuthResource, MachineIdentityLoginResponse } from "./auth";
export { InfisicalSDKClient, type InfisicalSDKClientOptions } from "./client";
export type {
  CreateDynamicSecretOptions,
  CreateLeaseOptions,
  DeleteDynamicSecretOptions,
  DynamicSecretsResource,
  GetDynamicSecretByNameOptions,
  GetLeaseOptions,
  RenewLeaseOptions,
  RevokeLeaseOptions,
  UpdateDynamicSecretOptions,
} from "./dynamic-secrets";
export {
  DynamicSecretProviders,
  KmsKeysOrderBy,
  OrderDirection,
  SymmetricEncryption,
} from "./enums";
export type {
  CreateFolderOptions,
  FoldersResource,
  GetFolderByIdOptions,
  ListFoldersOptions,
  ListFoldersResponse,
} from "./folders";
export type {
  CreateKeyOptions,
  DecryptDataOptions,
  EncryptDataOptions,
  GetKeyByNameOptions,
  KeyIdOptions,
  KmsResource,
  ListKeysOptions,
  UpdateKeyOptions,
} from "./kms";
export type { EnvironmentOptions, ProjectOptions, SignalOption } from "./options";
export type {
  CreateSecretImportOptions,
  DeleteSecretImportOptions,
  ListSecretImportsOptions,
  SecretImportsResource,
  UpdateSecretImportOptions,
} from "./secret-imports";
export type {
  CreateSecretByNameOptions,
  DeleteSecretByNameOptions,
  GetSecretByNameOptions,
  ListSecretsOptions,
  SecretMetadataItem,
  SecretsResource,
  UpdateSecretByNameOptions,
} from "./secrets";
export type {
  CreateTagOptions,
  DeleteTagOptions,
  GetTagBySlugOptions,
  ListTagsOptions,
  TagsResource,
  UpdateTagOptions,
} from "./tags";
export type {
  BaseSecret,
  CreateFolderResponseItem,
  CreateLeaseResponse,
  DynamicSecret,
  DynamicSecretLease,
  Import,
  KmsKey,
  ListFoldersResponseItem,
  ListKmsKeysResponse,
  ListSecretsResponse,
  SingleFolderResponseItem,
} from "./types";
