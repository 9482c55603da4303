export { type CreateKeyOptions, createKey } from "./create-key";
export { DecryptResponse, EncryptResponse } from "./data-schemas";
export { type DecryptOptions, decrypt, decryptText } from "./decrypt";
export { type DecryptEnvelopeOptions, decryptEnvelope } from "./decrypt-envelope";
export { type DeleteKeyOptions, deleteKey } from "./delete-key";
export { type EncryptOptions, encrypt } from "./encrypt";
export {
  type DecryptDataOptions,
  decryptData,
  type EncryptDataOptions,
  encryptData,
} from "./encrypt-data";
export { type EncryptEnvelopeOptions, encryptEnvelope } from "./encrypt-envelope";
export { type EnvelopeFailure, InfisicalEnvelopeError } from "./envelope-error";
export { ENVELOPE_VERSION } from "./envelope-format";
export {
  type GetKeyByIdOptions,
  type GetKeyByNameOptions,
  getKeyById,
  getKeyByName,
} from "./get-key";
export {
  KeyResponse,
  type KmsKey,
  KmsKeySchema,
  ListKeysResponse,
  type ListKeysResult,
} from "./key-schemas";
export { type ListKeysOptions, listKeys } from "./list-keys";
export { MAX_PLAINTEXT_BYTES } from "./options";
export { getPublicKey, type KeyOptions, listSigningAlgorithms } from "./public-key";
export { type SignOptions, sign, type VerifyOptions, verify } from "./sign";
export { SIGNING_ALGORITHMS, type SigningAlgorithm } from "./signing-algorithms";
export {
  PublicKeyResponse,
  SigningAlgorithmsResponse,
  SignResponse,
  type SignResult,
  VerifyResponse,
  type VerifyResult,
} from "./signing-schemas";
export { type UpdateKeyOptions, updateKey } from "./update-key";
export { type VerifyLocallyOptions, verifyLocally } from "./verify-locally";
