// `sdk.secrets`: the Python SDK's secrets methods over @infisical-edge/secrets.

import type { InfisicalClient } from "@infisical-edge/core";
import {
  type ConfigSchema,
  createSecret,
  deleteSecret,
  getSecret,
  type ListSecretsResult,
  type LoadedSecrets,
  listSecrets,
  loadSecrets,
  type Secret,
  updateSecret,
} from "@infisical-edge/secrets";
import { type WrittenSecret, writtenSecret } from "./approval-error.js";
import type { FieldNames } from "./guarded.js";
import {
  type EnvironmentOptions,
  environmentName,
  environmentOf,
  given,
  type ProjectOptions,
  projectOf,
  type SignalOption,
} from "./options.js";

type Located = ProjectOptions & EnvironmentOptions & SignalOption & { secretPath?: string | null };

/** `personal` is a user's own override of a shared key (user tokens only); default `shared`. */
type Typed = { type?: "shared" | "personal" | null };

/** Options of `sdk.secrets.listSecrets`. */
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

/** Options of `sdk.secrets.loadSecrets`. */
export type LoadSecretsOptions<S extends ConfigSchema | undefined = undefined> =
  ListSecretsOptions & {
    /** A Standard Schema (valibot, zod, arktype...): the answer is its parsed, typed output. */
    schema?: S;
  };

/** Options of `sdk.secrets.getSecretByName`. */
export type GetSecretByNameOptions = Located &
  Typed & {
    /** The secret's name (key). */
    secretName: string;
    /** Resolve `${...}` references. Default true. */
    expandSecretReferences?: boolean;
    /** False masks the value as `<hidden-by-infisical>`. Default true. */
    viewSecretValue?: boolean;
    /** Look the name up in imported folders too. Default true. */
    includeImports?: boolean;
    /** A past version (the Python SDK types it as a string); default the latest. */
    version?: number | string | null;
  };

/** One metadata pair of a secret. */
export interface SecretMetadataItem {
  /** The metadata key. */
  key: string;
  /** The metadata value. */
  value?: string;
  /** Store the value encrypted on the server. */
  isEncrypted?: boolean;
}

type WriteFields = {
  /** A comment stored with the secret. */
  secretComment?: string | null;
  /** Store a multiline value as is, without the server's multiline encoding. */
  skipMultilineEncoding?: boolean | null;
  /** Days between rotation reminders. */
  secretReminderRepeatDays?: number | null;
  /** The reminder's note. */
  secretReminderNote?: string | null;
  /** Key-value metadata attached to the secret. */
  secretMetadata?: SecretMetadataItem[] | null;
  /** Tag ids (the Python SDK's `tags_ids`). */
  tagsIds?: string[] | null;
  /** Tag slugs, resolved to ids once per client (see `sdk.tags`). */
  tagSlugs?: string[] | null;
};

/** Options of `sdk.secrets.createSecretByName`. */
export type CreateSecretByNameOptions = Located &
  Typed &
  WriteFields & {
    /** The new secret's name (key). */
    secretName: string;
    /** The secret's value. */
    secretValue: string;
  };

/** Options of `sdk.secrets.updateSecretByName`. */
export type UpdateSecretByNameOptions = Located &
  Typed &
  WriteFields & {
    /** The name of the secret to update. */
    currentSecretName: string;
    /** The new value. */
    secretValue?: string | null;
    /** Rename the secret. */
    newSecretName?: string | null;
  };

/** Options of `sdk.secrets.deleteSecretByName`. */
export type DeleteSecretByNameOptions = Located &
  Typed & {
    /** The name of the secret to delete. */
    secretName: string;
  };

const location = (o: Located) => ({
  ...projectOf(o),
  environment: environmentOf(o),
  secretPath: given(o.secretPath),
  signal: o.signal,
});

const listOptions = (o: ListSecretsOptions) => ({
  ...location(o),
  expandSecretReferences: o.expandSecretReferences,
  viewSecretValue: o.viewSecretValue,
  recursive: o.recursive,
  includeImports: o.includeImports,
  // Python sends no tag filter for an empty list.
  tagSlugs: o.tagFilters?.length ? o.tagFilters : undefined,
});

const typeOf = (o: Typed) => ({ type: given(o.type) });

const writeFields = (o: WriteFields) => ({
  secretComment: given(o.secretComment),
  skipMultilineEncoding: given(o.skipMultilineEncoding),
  secretReminderRepeatDays: given(o.secretReminderRepeatDays),
  secretReminderNote: given(o.secretReminderNote),
  secretMetadata: given(o.secretMetadata),
  tagIds: given(o.tagsIds),
  tagSlugs: given(o.tagSlugs),
});

/**
 * The Python SDK passes a version as a string: a string of digits becomes its number; anything
 * else goes to `getSecret` as it is, to be refused there (`true` or `"0x1"` is not version 1).
 */
const versionOf = (version: unknown) =>
  version == null
    ? undefined
    : ((typeof version === "string" && /^\d+$/.test(version)
        ? Number(version)
        : version) as number);

/** The area functions' option names these methods take under Python's names. */
export const secretsFieldNames: FieldNames = {
  listSecrets: { ...environmentName, tagSlugs: "tagFilters" },
  getSecretByName: environmentName,
  createSecretByName: { ...environmentName, tagIds: "tagsIds" },
  updateSecretByName: { ...environmentName, tagIds: "tagsIds", secretName: "currentSecretName" },
  deleteSecretByName: environmentName,
  // loadSecrets: not renamed, its schema's issues are named after the secrets' keys.
};

export function secretsResource(client: () => InfisicalClient) {
  return {
    /** Python `list_secrets`. */
    listSecrets: (o: ListSecretsOptions): Promise<ListSecretsResult> =>
      listSecrets(client(), listOptions(o)),

    /**
     * Not in the Python SDK: the folder as one `{ KEY: value }` record (own secrets win over
     * imports), or, with `schema`, that schema's parsed output (typed configuration).
     */
    loadSecrets: <S extends ConfigSchema | undefined = undefined>(
      o: LoadSecretsOptions<S>,
    ): Promise<LoadedSecrets<S>> => loadSecrets(client(), { ...listOptions(o), schema: o.schema }),

    /** Python `get_secret_by_name`. */
    getSecretByName: (o: GetSecretByNameOptions): Promise<Secret> =>
      getSecret(client(), {
        ...location(o),
        ...typeOf(o),
        secretName: o.secretName,
        expandSecretReferences: o.expandSecretReferences,
        viewSecretValue: o.viewSecretValue,
        includeImports: o.includeImports,
        version: versionOf(o.version),
      }),

    /** Python `create_secret_by_name`. */
    createSecretByName: async (o: CreateSecretByNameOptions): Promise<WrittenSecret> =>
      writtenSecret(
        await createSecret(client(), {
          ...location(o),
          ...writeFields(o),
          ...typeOf(o),
          secretName: o.secretName,
          secretValue: o.secretValue,
        }),
        given(o.secretPath),
      ),

    /** Python `update_secret_by_name`. */
    updateSecretByName: async (o: UpdateSecretByNameOptions): Promise<WrittenSecret> =>
      writtenSecret(
        await updateSecret(client(), {
          ...location(o),
          ...writeFields(o),
          ...typeOf(o),
          secretName: o.currentSecretName,
          newSecretName: given(o.newSecretName),
          secretValue: given(o.secretValue),
        }),
        given(o.secretPath),
      ),

    /** Python `delete_secret_by_name`. */
    deleteSecretByName: async (o: DeleteSecretByNameOptions): Promise<WrittenSecret> =>
      writtenSecret(
        await deleteSecret(client(), { ...location(o), ...typeOf(o), secretName: o.secretName }),
        given(o.secretPath),
      ),
  };
}

/** `sdk.secrets`: the Python SDK's secrets methods. */
export type SecretsResource = ReturnType<typeof secretsResource>;
