export {
  type CreateDynamicSecretOptions,
  createDynamicSecret,
} from "./create-dynamic-secret.js";
export { type CreateLeaseOptions, createLease } from "./create-lease.js";
export { type DeleteDynamicSecretOptions, deleteDynamicSecret } from "./delete-dynamic-secret.js";
export {
  type Duration,
  DurationSchema,
  durationSeconds,
  MAX_TTL_SECONDS,
  MIN_TTL_SECONDS,
} from "./duration.js";
export { type GetDynamicSecretOptions, getDynamicSecret } from "./get-dynamic-secret.js";
export { type GetLeaseOptions, getLease } from "./get-lease.js";
export { type ListDynamicSecretsOptions, listDynamicSecrets } from "./list-dynamic-secrets.js";
export { type ListLeasesOptions, listLeases } from "./list-leases.js";
export type { LocationOptions, TtlOptions } from "./options.js";
export {
  AwsIamInputs,
  type AwsIamProviderInputs,
  type DynamicSecretProvider,
  OTHER_PROVIDER_TYPES,
  PROVIDER_TYPES,
  ProviderSchema,
  type ProviderType,
  RedisInputs,
  type RedisProviderInputs,
  SQL_CLIENTS,
  SqlDatabaseInputs,
  type SqlDatabaseProviderInputs,
  TotpInputs,
  type TotpProviderInputs,
} from "./providers.js";
export { type RenewLeaseOptions, renewLease } from "./renew-lease.js";
export { type RevokeLeaseOptions, revokeLease } from "./revoke-lease.js";
export {
  type AwsIamCredentials,
  type CreatedLease,
  CreateLeaseResponse,
  type DatabaseCredentials,
  type DynamicSecret,
  DynamicSecretResponse,
  DynamicSecretSchema,
  type Lease,
  type LeaseCredentials,
  type LeaseDetails,
  LeaseDetailsResponse,
  LeaseResponse,
  LeaseSchema,
  ListDynamicSecretsResponse,
  ListLeasesResponse,
  type TotpCredentials,
} from "./schemas.js";
export {
  type UpdateDynamicSecretOptions,
  updateDynamicSecret,
} from "./update-dynamic-secret.js";
export { type WithLeaseOptions, withLease } from "./with-lease.js";
