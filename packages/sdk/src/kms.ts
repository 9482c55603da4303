// `sdk.kms`: the Python SDK's KMS methods over @infisical-edge/kms (base64 in, base64 out).

import { type InfisicalClient, InfisicalValidationError } from "@infisical-edge/core";
import { base64ToBytes, isApiBase64 } from "@infisical-edge/core/internal";
import {
  createKey,
  decryptData,
  deleteKey,
  encryptData,
  getKeyById,
  getKeyByName,
  getPublicKey,
  type KmsKey,
  type ListKeysResult,
  listKeys,
  listSigningAlgorithms,
  type SigningAlgorithm,
  sign,
  updateKey,
  verify,
} from "@infisical-edge/kms";
import type {
  AsymmetricEncryption,
  KeyUsage,
  KmsKeysOrderBy,
  OrderDirection,
  SymmetricEncryption,
} from "./enums.js";
import type { FieldNames } from "./guarded.js";
import { given, type SignalOption } from "./options.js";

/** Options of `sdk.kms.listKeys`. */
export type ListKeysOptions = SignalOption & {
  /** The id of a project of type `kms`. */
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

/** Options of the `sdk.kms` calls that take a key by id. */
export type KeyIdOptions = SignalOption & {
  /** The key's id. */
  keyId: string;
};
/** Options of `sdk.kms.getKeyByName`. */
export type GetKeyByNameOptions = SignalOption & {
  /** The key's name. */
  keyName: string;
  /** The id of the project holding the key. */
  projectId: string;
};

/** Options of `sdk.kms.createKey`. */
export type CreateKeyOptions = SignalOption & {
  /** A slug: lowercase letters, digits and single hyphens. */
  name: string;
  /** The id of a project of type `kms`. */
  projectId: string;
  /** `SymmetricEncryption` for encrypt-decrypt keys, `AsymmetricEncryption` for sign-verify. */
  encryptionAlgorithm: SymmetricEncryption | AsymmetricEncryption;
  /** A free-text description. */
  description?: string | null;
  /** Default `KeyUsage.ENCRYPT_DECRYPT`; `KeyUsage.SIGN_VERIFY` for `signData`. */
  keyUsage?: KeyUsage | null;
};

/** Options of `sdk.kms.updateKey`. */
export type UpdateKeyOptions = SignalOption & {
  /** The key's id. */
  keyId: string;
  /** The new name. */
  name?: string | null;
  /** The new description. */
  description?: string | null;
  /** A disabled key refuses every operation. */
  isDisabled?: boolean | null;
};

/** Options of `sdk.kms.encryptData`. */
export type EncryptDataOptions = SignalOption & {
  /** The id of a symmetric key. */
  keyId: string;
  /** Base64 of the bytes to encrypt (the Python SDK's parameter name). */
  base64EncodedPlaintext: string;
};

/** Options of `sdk.kms.decryptData`. */
export type DecryptDataOptions = SignalOption & {
  /** The id of the key that encrypted the data. */
  keyId: string;
  /** The base64 ciphertext `encryptData` returned. */
  ciphertext: string;
};

/** Options of `sdk.kms.signData`. */
export type SignDataOptions = SignalOption & {
  /** A `sign-verify` key. */
  keyId: string;
  /** Base64 of at most 4096 bytes (the Python SDK's parameter name, as in `encryptData`). */
  base64EncodedPlaintext: string;
  /** The signing algorithm, e.g. `ECDSA_SHA_256` (see `listSigningAlgorithms`). */
  signingAlgorithm: SigningAlgorithm | (string & {});
  /** The data is a digest of the algorithm's hash (not with RSASSA_PSS_*). Default false. */
  isDigest?: boolean | null;
};

/** Options of `sdk.kms.verifyData`. */
export type VerifyDataOptions = SignDataOptions & {
  /** Base64, as `signData` answers it. */
  signature: string;
};

/**
 * The data is base64 here, as in `encryptData`; the KMS package signs bytes or UTF-8 text.
 * Padding is optional, as the server (and `encryptData`) take it.
 */
function base64Data(data: string, field: string): Uint8Array {
  if (typeof data !== "string" || !isApiBase64(data)) {
    throw new InfisicalValidationError([
      { field, reason: "expected a base64 string (standard alphabet)" },
    ]);
  }
  return base64ToBytes(data + "=".repeat((4 - (data.length % 4)) % 4));
}

/** The area functions' option names these methods take under Python's names. */
export const kmsFieldNames: FieldNames = {
  encryptData: { plaintext: "base64EncodedPlaintext" },
};

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

    /** Python `create_key` (an encrypt-decrypt key unless `keyUsage` says otherwise). */
    createKey: (o: CreateKeyOptions): Promise<KmsKey> =>
      createKey(client(), {
        name: o.name,
        projectId: o.projectId,
        encryptionAlgorithm: o.encryptionAlgorithm,
        keyUsage: given(o.keyUsage),
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

    /**
     * Python `sign_data`: the signature, base64. (`sign` of `@infisical-edge/kms` also answers
     * the key id and algorithm.)
     */
    signData: async (o: SignDataOptions): Promise<string> => {
      const signed = await sign(client(), {
        keyId: o.keyId,
        data: base64Data(o.base64EncodedPlaintext, "base64EncodedPlaintext"),
        signingAlgorithm: o.signingAlgorithm,
        isDigest: given(o.isDigest),
        signal: o.signal,
      });
      return signed.signature;
    },

    /** Python `verify_data`: whether the signature is valid for the data. */
    verifyData: async (o: VerifyDataOptions): Promise<boolean> => {
      const verified = await verify(client(), {
        keyId: o.keyId,
        data: base64Data(o.base64EncodedPlaintext, "base64EncodedPlaintext"),
        signature: o.signature,
        signingAlgorithm: o.signingAlgorithm,
        isDigest: given(o.isDigest),
        signal: o.signal,
      });
      return verified.signatureValid;
    },

    /** The key's public key, base64 of its DER SubjectPublicKeyInfo (not in the Python SDK). */
    getPublicKey: (o: KeyIdOptions): Promise<string> =>
      getPublicKey(client(), { keyId: o.keyId, signal: o.signal }),

    /** The key's signing algorithms (not in the Python SDK), e.g. `["ECDSA_SHA_512", "ECDSA_SHA_384", "ECDSA_SHA_256"]`. */
    listSigningAlgorithms: (o: KeyIdOptions): Promise<string[]> =>
      listSigningAlgorithms(client(), { keyId: o.keyId, signal: o.signal }),
  };
}

/** `sdk.kms`: the Python SDK's KMS methods. */
export type KmsResource = ReturnType<typeof kmsResource>;
