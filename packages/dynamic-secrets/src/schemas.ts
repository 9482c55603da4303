// Response schemas for the dynamic-secret and lease routes, checked on arrival. Objects are
// loose (the server adds fields over time); only what the SDK and its users rely on is required.

import * as v from "valibot";
import type { ProviderType } from "./providers.js";

const nullishString = v.nullish(v.string());

/** Validates one metadata pair of a dynamic secret. */
export const MetadataEntry = v.looseObject({
  /** The metadata key. */
  key: v.string(),
  /** The metadata value. */
  value: v.string(),
});

/** Validates one dynamic secret as the server returns it (loose: the server adds fields). */
export const DynamicSecretSchema = v.looseObject({
  /** The dynamic secret's id. */
  id: v.string(),
  /** The dynamic secret's name (a slug, unique in its folder). */
  name: v.string(),
  /** The dynamic secret's version, incremented by each change. */
  version: v.number(),
  /** The provider type; newer servers may know more than `ProviderType` lists. */
  type: v.custom<ProviderType | (string & {})>((value) => typeof value === "string"),
  /** Lease lifetime when a lease does not ask for one, in `ms` syntax (`"1h"`). */
  defaultTTL: v.string(),
  /** Longest lifetime a lease may reach, renewals included; null when unlimited. */
  maxTTL: nullishString,
  /** The id of the folder holding the dynamic secret. */
  folderId: v.string(),
  /** "Revocation in process" or "Failed to delete" while a delete is pending or stuck. */
  status: nullishString,
  /** Details of `status` (the provider's error), when set. */
  statusDetails: nullishString,
  /** ISO 8601 creation time. */
  createdAt: v.string(),
  /** ISO 8601 time of the last change. */
  updatedAt: v.string(),
  /** Handlebars template of the usernames leases get (`{{randomUsername}}`...). */
  usernameTemplate: nullishString,
  /** Key-value metadata attached to the dynamic secret. */
  metadata: v.optional(v.array(MetadataEntry)),
  /** Provider configuration (create, get): it holds the provider's root credentials. */
  inputs: v.optional(v.record(v.string(), v.unknown())),
});

/** Validates one lease as the server returns it. */
export const LeaseSchema = v.looseObject({
  /** The lease's id. */
  id: v.string(),
  /** The lease's version. */
  version: v.number(),
  /** The provider-side name of the credentials (a database user, a key id...). */
  externalEntityId: v.string(),
  /** ISO 8601 time at which the credentials are revoked. */
  expireAt: v.string(),
  /** "Failed to delete" when the provider refused a revocation. */
  status: nullishString,
  /** Details of `status` (the provider's error), when set. */
  statusDetails: nullishString,
  /** The id of the dynamic secret the lease was created from. */
  dynamicSecretId: v.string(),
  /** ISO 8601 creation time. */
  createdAt: v.string(),
  /** ISO 8601 time of the last renewal or change. */
  updatedAt: v.string(),
  /** The provider-specific configuration the lease was created with (e.g. a namespace). */
  config: v.optional(v.unknown()),
});

/** Validates the server's answer for one dynamic secret: `{ dynamicSecret }`. */
export const DynamicSecretResponse = v.looseObject({
  /** The dynamic secret. */
  dynamicSecret: DynamicSecretSchema,
});
/** Validates the server's answer to listing dynamic secrets: `{ dynamicSecrets }`. */
export const ListDynamicSecretsResponse = v.looseObject({
  /** The folder's dynamic secrets. */
  dynamicSecrets: v.array(DynamicSecretSchema),
});
/** Validates the server's answer to creating a lease: `{ lease, dynamicSecret, data }`. */
export const CreateLeaseResponse = v.looseObject({
  /** The new lease. */
  lease: LeaseSchema,
  /** The dynamic secret the lease was created from. */
  dynamicSecret: DynamicSecretSchema,
  /** The credentials; their fields depend on the provider. */
  data: v.record(v.string(), v.unknown()),
});
/** Validates the server's answer to renewing or revoking a lease: `{ lease }`. */
export const LeaseResponse = v.looseObject({
  /** The lease renewed or revoked. */
  lease: LeaseSchema,
});
/** Validates the server's answer to getting a lease: `{ lease }`, with its dynamic secret. */
export const LeaseDetailsResponse = v.looseObject({
  /** The lease, with the dynamic secret it was created from. */
  lease: v.looseObject({
    ...LeaseSchema.entries,
    /** The dynamic secret the lease was created from. */
    dynamicSecret: DynamicSecretSchema,
  }),
});
/** Validates the server's answer to listing a dynamic secret's leases: `{ leases }`. */
export const ListLeasesResponse = v.looseObject({
  /** The dynamic secret's leases. */
  leases: v.array(LeaseSchema),
});

/** A dynamic secret: its provider type, TTLs and status (never its credentials). */
export type DynamicSecret = v.InferOutput<typeof DynamicSecretSchema>;
/** A lease: one set of credentials issued by a dynamic secret, with its expiry. */
export type Lease = v.InferOutput<typeof LeaseSchema>;
/** A lease with the dynamic secret it was created from, as `getLease` returns it. */
export type LeaseDetails = v.InferOutput<typeof LeaseDetailsResponse>["lease"];

/** Lease credentials. Field names depend on the provider; see the types below. */
export type LeaseCredentials = Record<string, unknown>;
/** sql-database, redis and the other database providers. */
export interface DatabaseCredentials extends LeaseCredentials {
  /** The database user created for the lease. */
  DB_USERNAME: string;
  /** That user's password. */
  DB_PASSWORD: string;
}
/** The aws-iam provider's credentials. */
export interface AwsIamCredentials extends LeaseCredentials {
  /** The AWS access key id. */
  ACCESS_KEY: string;
  /** The AWS secret access key. */
  SECRET_ACCESS_KEY: string;
  /** IAM-user credentials. */
  USERNAME?: string;
  /** Temporary (STS) credentials. */
  SESSION_TOKEN?: string;
}
/** The totp provider's credentials. */
export interface TotpCredentials extends LeaseCredentials {
  /** The current one-time code. */
  TOTP: string;
  /** Seconds until the code changes. */
  TIME_REMAINING: number;
}

/** What `createLease` resolves to: the lease, its dynamic secret and the credentials. */
export interface CreatedLease<T extends LeaseCredentials = LeaseCredentials> {
  /** The new lease (its `id` renews and revokes it). */
  lease: Lease;
  /** The dynamic secret the lease was created from. */
  dynamicSecret: DynamicSecret;
  /** The credentials; their fields depend on the provider. */
  data: T;
}
