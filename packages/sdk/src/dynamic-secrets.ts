// `sdk.dynamicSecrets` and `sdk.dynamicSecrets.leases`: the Python SDK's methods over
// @infisical-edge/dynamic-secrets. These routes address the project by slug only.

import type { InfisicalClient } from "@infisical-edge/core";
import {
  type CreatedLease,
  createDynamicSecret,
  createLease,
  type Duration,
  type DynamicSecret,
  type DynamicSecretProvider,
  deleteDynamicSecret,
  getDynamicSecret,
  getLease,
  type Lease,
  type LeaseDetails,
  type ProviderType,
  renewLease,
  revokeLease,
  updateDynamicSecret,
} from "@infisical-edge/dynamic-secrets";
import { type EnvironmentOptions, environmentOf, given, type SignalOption } from "./options.js";

type Located = EnvironmentOptions &
  SignalOption & {
    projectSlug: string;
    /** Folder of the dynamic secret. Default `/`. */
    path?: string | null;
  };

interface MetadataItem {
  key: string;
  value: string;
}

export type CreateDynamicSecretOptions = Located & {
  name: string;
  /** e.g. `DynamicSecretProviders.SQL_DATABASE`. */
  providerType: ProviderType;
  /** The provider's configuration (see the Dynamic Secrets API docs for each provider). */
  inputs: Record<string, unknown>;
  /** Default lease TTL, e.g. `1h`. */
  defaultTtl: Duration;
  /** Longest lease TTL, e.g. `24h`. */
  maxTtl?: Duration | null;
  metadata?: MetadataItem[] | null;
  usernameTemplate?: string | null;
};

export type GetDynamicSecretByNameOptions = Located & { name: string };

export type UpdateDynamicSecretOptions = Located & {
  /** The current name. */
  name: string;
  defaultTtl?: Duration | null;
  maxTtl?: Duration | null;
  newName?: string | null;
  /** Provider inputs to change. */
  inputs?: Record<string, unknown> | null;
  metadata?: MetadataItem[] | null;
  usernameTemplate?: string | null;
};

export type DeleteDynamicSecretOptions = Located & {
  name: string;
  /** Delete in Infisical even if the provider cannot be cleaned up. Default false. */
  isForced?: boolean;
};

export type CreateLeaseOptions = Located & { dynamicSecretName: string; ttl?: Duration | null };
export type GetLeaseOptions = Located & { leaseId: string };
export type RenewLeaseOptions = Located & { leaseId: string; ttl?: Duration | null };
export type RevokeLeaseOptions = Located & {
  leaseId: string;
  /** Revoke in Infisical even if the provider cannot be cleaned up. Default false. */
  isForced?: boolean;
};

const location = (o: Located) => ({
  projectSlug: o.projectSlug,
  environmentSlug: environmentOf(o),
  path: given(o.path),
  signal: o.signal,
});

/**
 * A dynamic secret with `metadata` always present, as the Python SDK's model has it. The
 * server's create, update and delete answers leave it out: it is then the metadata given in
 * the call (what the server stored), else `[]`. An update that does not set metadata keeps
 * the stored one, which only `getByName` answers.
 */
export type DynamicSecretWithMetadata = DynamicSecret & {
  metadata: NonNullable<DynamicSecret["metadata"]>;
};

const withMetadata = async (
  answer: Promise<DynamicSecret>,
  given?: MetadataItem[] | null,
): Promise<DynamicSecretWithMetadata> => {
  const secret = await answer;
  const metadata = secret.metadata ?? given?.map(({ key, value }) => ({ key, value })) ?? [];
  return { ...secret, metadata };
};

function leasesResource(client: () => InfisicalClient) {
  return {
    /** Python `dynamic_secrets.leases.create`: `{ lease, dynamicSecret, data }`. */
    create: (o: CreateLeaseOptions): Promise<CreatedLease> =>
      createLease(client(), {
        ...location(o),
        dynamicSecretName: o.dynamicSecretName,
        ttl: given(o.ttl),
      }),

    /** Python `dynamic_secrets.leases.get`: the lease with its `dynamicSecret`. */
    get: (o: GetLeaseOptions): Promise<LeaseDetails> =>
      getLease(client(), { ...location(o), leaseId: o.leaseId }),

    /** Python `dynamic_secrets.leases.renew`. */
    renew: (o: RenewLeaseOptions): Promise<Lease> =>
      renewLease(client(), { ...location(o), leaseId: o.leaseId, ttl: given(o.ttl) }),

    /** Python `dynamic_secrets.leases.revoke`. */
    revoke: (o: RevokeLeaseOptions): Promise<Lease> =>
      revokeLease(client(), { ...location(o), leaseId: o.leaseId, isForced: o.isForced }),
  };
}

export function dynamicSecretsResource(client: () => InfisicalClient) {
  return {
    /** Python `dynamic_secrets.create`. */
    create: (o: CreateDynamicSecretOptions): Promise<DynamicSecretWithMetadata> =>
      withMetadata(
        createDynamicSecret(client(), {
          ...location(o),
          name: o.name,
          // Checked per provider type by the dynamic-secrets package.
          provider: { type: o.providerType, inputs: o.inputs } as DynamicSecretProvider,
          defaultTTL: o.defaultTtl,
          maxTTL: given(o.maxTtl),
          metadata: given(o.metadata),
          usernameTemplate: given(o.usernameTemplate),
        }),
        o.metadata,
      ),

    /** Python `dynamic_secrets.get_by_name`. */
    getByName: (o: GetDynamicSecretByNameOptions): Promise<DynamicSecret> =>
      getDynamicSecret(client(), { ...location(o), name: o.name }),

    /** Python `dynamic_secrets.update`. */
    update: (o: UpdateDynamicSecretOptions): Promise<DynamicSecretWithMetadata> =>
      withMetadata(
        updateDynamicSecret(client(), {
          ...location(o),
          name: o.name,
          defaultTTL: given(o.defaultTtl),
          maxTTL: given(o.maxTtl),
          newName: given(o.newName),
          inputs: given(o.inputs),
          metadata: given(o.metadata),
          usernameTemplate: given(o.usernameTemplate),
        }),
        o.metadata,
      ),

    /** Python `dynamic_secrets.delete`. */
    delete: (o: DeleteDynamicSecretOptions): Promise<DynamicSecretWithMetadata> =>
      withMetadata(
        deleteDynamicSecret(client(), { ...location(o), name: o.name, isForced: o.isForced }),
      ),

    leases: leasesResource(client),
  };
}

export type DynamicSecretsResource = ReturnType<typeof dynamicSecretsResource>;
