// Response schemas for the dynamic-secret and lease routes, checked on arrival. Objects are
// loose (the server adds fields over time); only what the SDK and its users rely on is required.

import * as v from "valibot";
import type { ProviderType } from "./providers.js";

const nullishString = v.nullish(v.string());

export const MetadataEntry = v.looseObject({ key: v.string(), value: v.string() });

export const DynamicSecretSchema = v.looseObject({
  id: v.string(),
  name: v.string(),
  version: v.number(),
  /** The provider type; newer servers may know more than `ProviderType` lists. */
  type: v.custom<ProviderType | (string & {})>((value) => typeof value === "string"),
  defaultTTL: v.string(),
  maxTTL: nullishString,
  folderId: v.string(),
  /** "Revocation in process" or "Failed to delete" while a delete is pending or stuck. */
  status: nullishString,
  statusDetails: nullishString,
  createdAt: v.string(),
  updatedAt: v.string(),
  usernameTemplate: nullishString,
  metadata: v.optional(v.array(MetadataEntry)),
  /** Provider configuration (create, get): it holds the provider's root credentials. */
  inputs: v.optional(v.record(v.string(), v.unknown())),
});

export const LeaseSchema = v.looseObject({
  id: v.string(),
  version: v.number(),
  /** The provider-side name of the credentials (a database user, a key id...). */
  externalEntityId: v.string(),
  expireAt: v.string(),
  /** "Failed to delete" when the provider refused a revocation. */
  status: nullishString,
  statusDetails: nullishString,
  dynamicSecretId: v.string(),
  createdAt: v.string(),
  updatedAt: v.string(),
  config: v.optional(v.unknown()),
});

export const DynamicSecretResponse = v.looseObject({ dynamicSecret: DynamicSecretSchema });
export const ListDynamicSecretsResponse = v.looseObject({
  dynamicSecrets: v.array(DynamicSecretSchema),
});
export const CreateLeaseResponse = v.looseObject({
  lease: LeaseSchema,
  dynamicSecret: DynamicSecretSchema,
  /** The credentials; their fields depend on the provider. */
  data: v.record(v.string(), v.unknown()),
});
export const LeaseResponse = v.looseObject({ lease: LeaseSchema });
export const LeaseDetailsResponse = v.looseObject({
  lease: v.looseObject({ ...LeaseSchema.entries, dynamicSecret: DynamicSecretSchema }),
});
export const ListLeasesResponse = v.looseObject({ leases: v.array(LeaseSchema) });

export type DynamicSecret = v.InferOutput<typeof DynamicSecretSchema>;
export type Lease = v.InferOutput<typeof LeaseSchema>;
export type LeaseDetails = v.InferOutput<typeof LeaseDetailsResponse>["lease"];

/** Lease credentials. Field names depend on the provider; see the types below. */
export type LeaseCredentials = Record<string, unknown>;
/** sql-database, redis and the other database providers. */
export interface DatabaseCredentials extends LeaseCredentials {
  DB_USERNAME: string;
  DB_PASSWORD: string;
}
export interface AwsIamCredentials extends LeaseCredentials {
  ACCESS_KEY: string;
  SECRET_ACCESS_KEY: string;
  /** IAM-user credentials. */
  USERNAME?: string;
  /** Temporary (STS) credentials. */
  SESSION_TOKEN?: string;
}
export interface TotpCredentials extends LeaseCredentials {
  TOTP: string;
  /** Seconds until the code changes. */
  TIME_REMAINING: number;
}

export interface CreatedLease<T extends LeaseCredentials = LeaseCredentials> {
  lease: Lease;
  dynamicSecret: DynamicSecret;
  data: T;
}
