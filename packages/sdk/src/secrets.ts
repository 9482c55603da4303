// `sdk.secrets`: the Python SDK's secrets methods over @infisical-edge/secrets.

import type { InfisicalClient } from "@infisical-edge/core";
import {
  createSecret,
  deleteSecret,
  getSecret,
  type ListSecretsResult,
  listSecrets,
  type Secret,
  updateSecret,
} from "@infisical-edge/secrets";
import { writtenSecret } from "./approval-error.js";
import {
  type EnvironmentOptions,
  environmentOf,
  given,
  type ProjectOptions,
  projectOf,
  type SignalOption,
} from "./options.js";

type Located = ProjectOptions & EnvironmentOptions & SignalOption & { secretPath?: string };

export type ListSecretsOptions = Located & {
  /** Resolve `${...}` references. Default true. */
  expandSecretReferences?: boolean;
  /** False masks values as `<hidden-by-infisical>`. Default true. */
  viewSecretValue?: boolean;
  /** Include the folders below `secretPath`. Default false. */
  recursive?: boolean;
  /** Include imported secrets (under `imports`). Default true. */
  includeImports?: boolean;
  /** Tag slugs; only secrets carrying them. */
  tagFilters?: string[];
};

export type GetSecretByNameOptions = Located & {
  secretName: string;
  expandSecretReferences?: boolean;
  viewSecretValue?: boolean;
  includeImports?: boolean;
  /** A past version (the Python SDK types it as a string); default the latest. */
  version?: number | string | null;
};

export interface SecretMetadataItem {
  key: string;
  value?: string;
  isEncrypted?: boolean;
}

type WriteFields = {
  secretComment?: string | null;
  skipMultilineEncoding?: boolean;
  secretReminderRepeatDays?: number | null;
  secretReminderNote?: string | null;
  secretMetadata?: SecretMetadataItem[] | null;
  /** Tag ids (the Python SDK's `tags_ids`). */
  tagsIds?: string[] | null;
};

export type CreateSecretByNameOptions = Located &
  WriteFields & { secretName: string; secretValue: string };

export type UpdateSecretByNameOptions = Located &
  WriteFields & { currentSecretName: string; secretValue?: string; newSecretName?: string | null };

export type DeleteSecretByNameOptions = Located & { secretName: string };

const location = (o: Located) => ({
  ...projectOf(o),
  environment: environmentOf(o),
  secretPath: o.secretPath,
  signal: o.signal,
});

const writeFields = (o: WriteFields) => ({
  secretComment: given(o.secretComment),
  skipMultilineEncoding: o.skipMultilineEncoding,
  secretReminderRepeatDays: given(o.secretReminderRepeatDays),
  secretReminderNote: given(o.secretReminderNote),
  secretMetadata: given(o.secretMetadata),
  tagIds: given(o.tagsIds),
});

export function secretsResource(client: () => InfisicalClient) {
  return {
    /** Python `list_secrets`. */
    listSecrets: (o: ListSecretsOptions): Promise<ListSecretsResult> =>
      listSecrets(client(), {
        ...location(o),
        expandSecretReferences: o.expandSecretReferences,
        viewSecretValue: o.viewSecretValue,
        recursive: o.recursive,
        includeImports: o.includeImports,
        // Python sends no tag filter for an empty list.
        tagSlugs: o.tagFilters?.length ? o.tagFilters : undefined,
      }),

    /** Python `get_secret_by_name`. */
    getSecretByName: (o: GetSecretByNameOptions): Promise<Secret> =>
      getSecret(client(), {
        ...location(o),
        secretName: o.secretName,
        expandSecretReferences: o.expandSecretReferences,
        viewSecretValue: o.viewSecretValue,
        includeImports: o.includeImports,
        version: o.version == null ? undefined : Number(o.version),
      }),

    /** Python `create_secret_by_name`. */
    createSecretByName: async (o: CreateSecretByNameOptions): Promise<Secret> =>
      writtenSecret(
        await createSecret(client(), {
          ...location(o),
          ...writeFields(o),
          secretName: o.secretName,
          secretValue: o.secretValue,
        }),
      ),

    /** Python `update_secret_by_name`. */
    updateSecretByName: async (o: UpdateSecretByNameOptions): Promise<Secret> =>
      writtenSecret(
        await updateSecret(client(), {
          ...location(o),
          ...writeFields(o),
          secretName: o.currentSecretName,
          newSecretName: given(o.newSecretName),
          secretValue: o.secretValue,
        }),
      ),

    /** Python `delete_secret_by_name`. */
    deleteSecretByName: async (o: DeleteSecretByNameOptions): Promise<Secret> =>
      writtenSecret(await deleteSecret(client(), { ...location(o), secretName: o.secretName })),
  };
}

export type SecretsResource = ReturnType<typeof secretsResource>;
