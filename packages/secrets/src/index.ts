export {
  type CreateSecretsOptions,
  createSecrets,
  type DeleteSecretsOptions,
  deleteSecrets,
  type UpdateSecretsOptions,
  updateSecrets,
} from "./batch";
export type { ConfigOf, ConfigSchema } from "./config-schema";
export { type CreateSecretOptions, createSecret } from "./create-secret";
export { type DeleteSecretOptions, deleteSecret } from "./delete-secret";
export { type GetSecretOptions, getSecret } from "./get-secret";
export { type ListSecretsOptions, listSecrets } from "./list-secrets";
export { type LoadedSecrets, type LoadSecretsOptions, loadSecrets } from "./load-secrets";
export type { LocationOptions } from "./options";
export {
  type Approval,
  GetSecretResponse,
  ListSecretsResponse,
  type ListSecretsResult,
  type Secret,
  type SecretImport,
  SecretSchema,
  SecretsWriteResponse,
  type SecretsWriteResult,
  SecretWriteResponse,
  type SecretWriteResult,
} from "./schemas";
export { type UpdateSecretOptions, updateSecret } from "./update-secret";
