export {
  type CreateSecretsOptions,
  createSecrets,
  type DeleteSecretsOptions,
  deleteSecrets,
  type UpdateSecretsOptions,
  updateSecrets,
} from "./batch.js";
export type { ConfigOf, ConfigSchema } from "./config-schema.js";
export { type CreateSecretOptions, createSecret } from "./create-secret.js";
export { type DeleteSecretOptions, deleteSecret } from "./delete-secret.js";
export { type GetSecretOptions, getSecret } from "./get-secret.js";
export {
  ListSecretsResponse,
  type ListSecretsResult,
  type SecretImport,
} from "./list-schemas.js";
export { type ListSecretsOptions, listSecrets } from "./list-secrets.js";
export { type LoadedSecrets, type LoadSecretsOptions, loadSecrets } from "./load-secrets.js";
export type { LocationOptions, ProjectOptions } from "./options.js";
export { GetSecretResponse, type Secret, SecretSchema } from "./schemas.js";
export {
  ListSecretImportsResponse,
  type SecretImportRecord,
  SecretImportRecordSchema,
  SecretImportResponse,
} from "./secret-import-schemas.js";
export {
  type CreateSecretImportOptions,
  createSecretImport,
  type DeleteSecretImportOptions,
  deleteSecretImport,
  type ListSecretImportsOptions,
  listSecretImports,
  type UpdateSecretImportOptions,
  updateSecretImport,
} from "./secret-imports.js";
export { ListTagsResponse, type Tag, TagResponse, TagSchema } from "./tag-schemas.js";
export {
  type CreateTagOptions,
  createTag,
  type DeleteTagOptions,
  deleteTag,
  type GetTagBySlugOptions,
  getTagBySlug,
  listTags,
  type UpdateTagOptions,
  updateTag,
} from "./tags.js";
export { type UpdateSecretOptions, updateSecret } from "./update-secret.js";
export {
  type Approval,
  SecretsWriteResponse,
  type SecretsWriteResult,
  SecretWriteResponse,
  type SecretWriteResult,
} from "./write-schemas.js";
