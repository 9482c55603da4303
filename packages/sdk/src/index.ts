export {
  InfisicalApiError,
  InfisicalAuthError,
  InfisicalError,
  InfisicalHookError,
  InfisicalNetworkError,
  InfisicalResponseError,
  InfisicalTimeoutError,
  InfisicalValidationError,
} from "@infisical-edge/core";
export type { Approval, SecretImportRecord, Tag } from "@infisical-edge/secrets";
export { InfisicalApprovalRequiredError, type WrittenSecret } from "./approval-error.js";
export type { AuthResource, MachineIdentityLoginResponse } from "./auth.js";
export { InfisicalSDKClient, type InfisicalSDKClientOptions } from "./client.js";
export type {
  CreateDynamicSecretOptions,
  CreateLeaseOptions,
  DeleteDynamicSecretOptions,
  DynamicSecretsResource,
  DynamicSecretWithMetadata,
  GetDynamicSecretByNameOptions,
  GetLeaseOptions,
  RenewLeaseOptions,
  RevokeLeaseOptions,
  UpdateDynamicSecretOptions,
} from "./dynamic-secrets.js";
export {
  AsymmetricEncryption,
  DynamicSecretProviders,
  KeyUsage,
  KmsKeysOrderBy,
  OrderDirection,
  SymmetricEncryption,
} from "./enums.js";
export type {
  CreateFolderOptions,
  DeleteFolderOptions,
  FoldersResource,
  GetFolderByIdOptions,
  ListFoldersOptions,
  ListFoldersResponse,
  UpdateFolderOptions,
} from "./folders.js";
export type {
  CreateKeyOptions,
  DecryptDataOptions,
  EncryptDataOptions,
  GetKeyByNameOptions,
  KeyIdOptions,
  KmsResource,
  ListKeysOptions,
  SignDataOptions,
  UpdateKeyOptions,
  VerifyDataOptions,
} from "./kms.js";
export type { EnvironmentOptions, ProjectOptions, SignalOption } from "./options.js";
export type {
  CreateSecretImportOptions,
  DeleteSecretImportOptions,
  ListSecretImportsOptions,
  SecretImportsResource,
  UpdateSecretImportOptions,
} from "./secret-imports.js";
export type {
  CreateSecretByNameOptions,
  DeleteSecretByNameOptions,
  GetSecretByNameOptions,
  ListSecretsOptions,
  LoadSecretsOptions,
  SecretMetadataItem,
  SecretsResource,
  UpdateSecretByNameOptions,
} from "./secrets.js";
export type {
  CreateTagOptions,
  DeleteTagOptions,
  GetTagBySlugOptions,
  ListTagsOptions,
  TagsResource,
  UpdateTagOptions,
} from "./tags.js";
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
} from "./types.js";
