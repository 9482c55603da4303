export {
  type CreateDynamicSecretOptions,
  createDynamicSecret,
} from "./create-dynamic-secret";
export { type CreateLeaseOptions, createLease } from "./create-lease";
export { type DeleteDynamicSecretOptions, deleteDynamicSecret } from "./delete-dynamic-secret";
export {
  type Duration,
  DurationSchema,
  durationSeconds,
  MAX_TTL_SECONDS,
  MIN_TTL_SECONDS,
} from "./duration";
export { type GetDynamicSecretOptions, getDynamicSecret } from "./get-dynamic-secret";
export { type GetLeaseOptions, getLease } from "./get-lease";
export { type ListDynamicSecretsOptions, listDynamicSecrets } from "./list-dynamic-secrets";
export { type ListLeasesOptions, listLeases } from "./list-leases";
export type { LocationOptions, TtlOptions } from "./options";
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
} from "./providers";
export { type RenewLeaseOptions, renewLease } from "./renew-lease";
export { type RevokeLeaseOptions, revokeLease } from "./revoke-lease";
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
} from "./schemas";
export {
  type UpdateDynamicSecretOptions,
  updateDynamicSecret,
} from "./update-dynamic-secret";
export { type WithLeaseOptions, withLease } from "./with-lease";
