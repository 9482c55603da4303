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
import type { FieldNames } from "./guarded.js";
import { type EnvironmentOptions, environmentOf, given, type SignalOption } from "./options.js";

type Located = EnvironmentOptions &
  SignalOption & {
    projectSlug: string;
    /** Folder of the dynamic secret. Default `/`. */
    path?: string | null;
  };

interface MetadataItem {
  /** The metadata key. */
  key: string;
  /** The metadata value. */
  value: string;
}

/** Options of `sdk.dynamicSecrets.create`. */
export type CreateDynamicSecretOptions = Located & {
  /** The dynamic secret's name (a slug). */
  name: string;
  /** e.g. `DynamicSecretProviders.SQL_DATABASE`. */
  providerType: ProviderType;
  /** The provider's configuration (see the Dynamic Secrets API docs for each provider). */
  inputs: Record<string, unknown>;
  /** Default lease TTL, e.g. `1h`. */
  defaultTtl: Duration;
  /** Longest lease TTL, e.g. `24h`. */
  maxTtl?: Duration | null;
  /** Key-value metadata attached to the dynamic secret. */
  metadata?: MetadataItem[] | null;
  /** Template of the usernames leases get, e.g. `app-{{randomUsername}}`. */
  usernameTemplate?: string | null;
};

/** Options of `sdk.dynamicSecrets.getByName`. */
export type GetDynamicSecretByNameOptions = Located & {
  /** The dynamic secret's name. */
  name: string;
};

/** Options of `sdk.dynamicSecrets.update`. */
export type UpdateDynamicSecretOptions = Located & {
  /** The current name. */
  name: string;
  /** The new default lease TTL, e.g. `1h`. */
  defaultTtl?: Duration | null;
  /** The new longest lease TTL, e.g. `24h`. */
  maxTtl?: Duration | null;
  /** Rename the dynamic secret. */
  newName?: string | null;
  /** Provider inputs to change. */
  inputs?: Record<string, unknown> | null;
  /** Replaces the metadata. */
  metadata?: MetadataItem[] | null;
  /** The new username template; null removes it. */
  usernameTemplate?: string | null;
};

/** Options of `sdk.dynamicSecrets.delete`. */
export type DeleteDynamicSecretOptions = Located & {
  /** The dynamic secret's name. */
  name: string;
  /** Delete in Infisical even if the provider cannot be cleaned up. Default false. */
  isForced?: boolean | null;
};

/** Options of `sdk.dynamicSecrets.leases.create`. */
export type CreateLeaseOptions = Located & {
  /** The dynamic secret's name. */
  dynamicSecretName: string;
  /** How long the credentials live, e.g. `1h`; default the dynamic secret's default TTL. */
  ttl?: Duration | null;
};
/** Options of `sdk.dynamicSecrets.leases.get`. */
export type GetLeaseOptions = Located & {
  /** The lease's id. */
  leaseId: string;
};
/** Options of `sdk.dynamicSecrets.leases.renew`. */
export type RenewLeaseOptions = Located & {
  /** The lease's id. */
  leaseId: string;
  /** Added to the lease's current expiry, e.g. `1h`; default the default TTL. */
  ttl?: Duration | null;
};
/** Options of `sdk.dynamicSecrets.leases.revoke`. */
export type RevokeLeaseOptions = Located & {
  /** The lease's id. */
  leaseId: string;
  /** Revoke in Infisical even if the provider cannot be cleaned up. Default false. */
  isForced?: boolean | null;
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
  /** The metadata; `[]` when none. */
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

/** The area functions' option names these methods take under Python's names. */
const located = { environmentSlug: "environment" };
const ttls = { defaultTTL: "defaultTtl", maxTTL: "maxTtl" };
export const dynamicSecretsFieldNames: FieldNames = {
  create: {
    ...located,
    ...ttls,
    "provider.type": "providerType",
    "provider.inputs": "inputs",
    provider: "providerType",
  },
  getByName: located,
  update: { ...located, ...ttls },
  delete: located,
  leases: { create: located, get: located, renew: located, revoke: located },
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
      revokeLease(client(), { ...location(o), leaseId: o.leaseId, isForced: given(o.isForced) }),
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
        deleteDynamicSecret(client(), {
          ...location(o),
          name: o.name,
          isForced: given(o.isForced),
        }),
      ),

    /** `sdk.dynamicSecrets.leases`: create, get, renew and revoke leases. */
    leases: leasesResource(client),
  };
}

/** `sdk.dynamicSecrets`: the Python SDK's dynamic-secret and lease methods. */
export type DynamicSecretsResource = ReturnType<typeof dynamicSecretsResource>;
