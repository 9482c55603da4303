export {
  InfisicalApiError,
  InfisicalAuthError,
  InfisicalError,
  InfisicalNetworkError,
  InfisicalResponseError,
  InfisicalTimeoutError,
  InfisicalValidationError,
} from "@infisical-edge/core";
export type { Approval } from "@infisical-edge/secrets";
export { InfisicalApprovalRequiredError } from "./approval-error.js";
export type { AuthResource, MachineIdentityLoginResponse } from "./auth.js";
export { InfisicalSDKClient, type InfisicalSDKClientOptions } from "./client.js";
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
} from "./dynamic-secrets.js";
export {
  DynamicSecretProviders,
  KmsKeysOrderBy,
  OrderDirection,
  SymmetricEncryption,
} from "./enums.js";
export type {
  CreateFolderOptions,
  FoldersResource,
  GetFolderByIdOptions,
  ListFoldersOptions,
  ListFoldersResponse,
} from "./folders.js";
export type {
  CreateKeyOptions,
  DecryptDataOptions,
  EncryptDataOptions,
  GetKeyByNameOptions,
  KeyIdOptions,
  KmsResource,
  ListKeysOptions,
  UpdateKeyOptions,
} from "./kms.js";
export type { EnvironmentOptions, ProjectOptions, SignalOption } from "./options.js";
export type {
  CreateSecretByNameOptions,
  DeleteSecretByNameOptions,
  GetSecretByNameOptions,
  ListSecretsOptions,
  SecretMetadataItem,
  SecretsResource,
  UpdateSecretByNameOptions,
} from "./secrets.js";
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
