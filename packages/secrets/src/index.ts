export {
  type CreateSecretsOptions,
  createSecrets,
  type DeleteSecretsOptions,
  deleteSecrets,
  type UpdateSecretsOptions,
  updateSecrets,
} from "./batch.js";
export { type CreateSecretOptions, createSecret } from "./create-secret.js";
export { type DeleteSecretOptions, deleteSecret } from "./delete-secret.js";
export { type GetSecretOptions, getSecret } from "./get-secret.js";
export { type ListSecretsOptions, listSecrets } from "./list-secrets.js";
export { loadSecrets } from "./load-secrets.js";
export type { LocationOptions } from "./options.js";
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
} from "./schemas.js";
export { type UpdateSecretOptions, updateSecret } from "./update-secret.js";
