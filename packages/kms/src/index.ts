export { type CreateKeyOptions, createKey } from "./create-key.js";
export { DecryptResponse, EncryptResponse } from "./data-schemas.js";
export { type DecryptOptions, decrypt, decryptText } from "./decrypt.js";
export { type DecryptEnvelopeOptions, decryptEnvelope } from "./decrypt-envelope.js";
export { type DeleteKeyOptions, deleteKey } from "./delete-key.js";
export { type EncryptOptions, encrypt } from "./encrypt.js";
export {
  type DecryptDataOptions,
  decryptData,
  type EncryptDataOptions,
  encryptData,
} from "./encrypt-data.js";
export { type EncryptEnvelopeOptions, encryptEnvelope } from "./encrypt-envelope.js";
export { type EnvelopeFailure, InfisicalEnvelopeError } from "./envelope-error.js";
export { ENVELOPE_VERSION } from "./envelope-format.js";
export {
  type GetKeyByIdOptions,
  type GetKeyByNameOptions,
  getKeyById,
  getKeyByName,
} from "./get-key.js";
export {
  KeyResponse,
  type KmsKey,
  KmsKeySchema,
  ListKeysResponse,
  type ListKeysResult,
} from "./key-schemas.js";
export { type ListKeysOptions, listKeys } from "./list-keys.js";
export { MAX_PLAINTEXT_BYTES } from "./options.js";
export { getPublicKey, type KeyOptions, listSigningAlgorithms } from "./public-key.js";
export { type SignOptions, sign, type VerifyOptions, verify } from "./sign.js";
export { SIGNING_ALGORITHMS, type SigningAlgorithm } from "./signing-algorithms.js";
export {
  PublicKeyResponse,
  SigningAlgorithmsResponse,
  SignResponse,
  type SignResult,
  VerifyResponse,
  type VerifyResult,
} from "./signing-schemas.js";
export { type UpdateKeyOptions, updateKey } from "./update-key.js";
export { type VerifyLocallyOptions, verifyLocally } from "./verify-locally.js";
