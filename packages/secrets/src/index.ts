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
export type { LocationOptions, ProjectOptions } from "./options";
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
export {
  ListSecretImportsResponse,
  type SecretImportRecord,
  SecretImportRecordSchema,
  SecretImportResponse,
} from "./secret-import-schemas";
export {
  type CreateSecretImportOptions,
  createSecretImport,
  type DeleteSecretImportOptions,
  deleteSecretImport,
  type ListSecretImportsOptions,
  listSecretImports,
  type UpdateSecretImportOptions,
  updateSecretImport,
} from "./secret-imports";
export { ListTagsResponse, type Tag, TagResponse, TagSchema } from "./tag-schemas";
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
} from "./tags";
export { type UpdateSecretOptions, updateSecret } from "./update-secret";
