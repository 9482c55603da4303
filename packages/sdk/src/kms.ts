// `sdk.kms`: the Python SDK's KMS methods over @infisical-edge/kms (base64 in, base64 out).

import type { InfisicalClient } from "@infisical-edge/core";
import {
  createKey,
  decryptData,
  deleteKey,
  encryptData,
  getKeyById,
  getKeyByName,
  type KmsKey,
  type ListKeysResult,
  listKeys,
  updateKey,
} from "@infisical-edge/kms";
import type { KmsKeysOrderBy, OrderDirection, SymmetricEncryption } from "./enums.js";
import { given, type SignalOption } from "./options.js";

export type ListKeysOptions = SignalOption & {
  projectId: string;
  /** Default 0. */
  offset?: number;
  /** Default 100 (at most 100). */
  limit?: number;
  /** Default `KmsKeysOrderBy.NAME`. */
  orderBy?: KmsKeysOrderBy;
  /** Default `OrderDirection.ASC`. */
  orderDirection?: OrderDirection;
  /** Only keys whose name contains this text. */
  search?: string | null;
};

export type KeyIdOptions = SignalOption & { keyId: string };
export type GetKeyByNameOptions = SignalOption & { keyName: string; projectId: string };

export type CreateKeyOptions = SignalOption & {
  /** A slug: lowercase letters, digits and single hyphens. */
  name: string;
  projectId: string;
  encryptionAlgorithm: SymmetricEncryption;
  description?: string | null;
};

export type UpdateKeyOptions = SignalOption & {
  keyId: string;
  name?: string | null;
  description?: string | null;
  /** A disabled key refuses every operation. */
  isDisabled?: boolean | null;
};

export type EncryptDataOptions = SignalOption & {
  keyId: string;
  /** Base64 of the bytes to encrypt (the Python SDK's parameter name). */
  base64EncodedPlaintext: string;
};

export type DecryptDataOptions = SignalOption & { keyId: string; ciphertext: string };

export function kmsResource(client: () => InfisicalClient) {
  return {
    /** Python `list_keys`: `{ keys, totalCount }`. */
    listKeys: (o: ListKeysOptions): Promise<ListKeysResult> =>
      listKeys(client(), {
        projectId: o.projectId,
        offset: o.offset,
        limit: o.limit,
        orderBy: o.orderBy,
        orderDirection: o.orderDirection,
        search: given(o.search),
        signal: o.signal,
      }),

    /** Python `get_key_by_id`. */
    getKeyById: (o: KeyIdOptions): Promise<KmsKey> =>
      getKeyById(client(), { keyId: o.keyId, signal: o.signal }),

    /** Python `get_key_by_name`. */
    getKeyByName: (o: GetKeyByNameOptions): Promise<KmsKey> =>
      getKeyByName(client(), { keyName: o.keyName, projectId: o.projectId, signal: o.signal }),

    /** Python `create_key` (an encrypt-decrypt key). */
    createKey: (o: CreateKeyOptions): Promise<KmsKey> =>
      createKey(client(), {
        name: o.name,
        projectId: o.projectId,
        encryptionAlgorithm: o.encryptionAlgorithm,
        description: given(o.description),
        signal: o.signal,
      }),

    /** Python `update_key`. */
    updateKey: (o: UpdateKeyOptions): Promise<KmsKey> =>
      updateKey(client(), {
        keyId: o.keyId,
        name: given(o.name),
        description: given(o.description),
        isDisabled: given(o.isDisabled),
        signal: o.signal,
      }),

    /** Python `delete_key`: the deleted key. */
    deleteKey: (o: KeyIdOptions): Promise<KmsKey> =>
      deleteKey(client(), { keyId: o.keyId, signal: o.signal }),

    /** Python `encrypt_data`: the base64 ciphertext. */
    encryptData: (o: EncryptDataOptions): Promise<string> =>
      encryptData(client(), {
        keyId: o.keyId,
        plaintext: o.base64EncodedPlaintext,
        signal: o.signal,
      }),

    /** Python `decrypt_data`: the plaintext, base64. */
    decryptData: (o: DecryptDataOptions): Promise<string> =>
      decryptData(client(), { keyId: o.keyId, ciphertext: o.ciphertext, signal: o.signal }),
  };
}

export type KmsResource = ReturnType<typeof kmsResource>;
