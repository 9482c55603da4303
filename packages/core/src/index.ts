export {
  type AccessToken,
  type AuthMethod,
  type LoginContext,
  LoginResponseSchema,
  postLogin,
} from "./auth-method.js";
export {
  type Cache,
  type CacheOptions,
  createCache,
  isPassingFailure,
  type ReadOptions,
  type StaleInfo,
} from "./cache.js";
export {
  credentialIdentity,
  type EntryKey,
  entryKey,
  environmentPrefix,
  type KeyScope,
  pathPrefix,
  shortHash,
  widePrefix,
} from "./cache-keys.js";
export {
  type ClientConfig,
  createClient,
  DEFAULT_SITE_URL,
  type InfisicalClient,
  type ScopeOptions,
} from "./client.js";
export {
  aesGcmDecrypt,
  aesGcmEncrypt,
  hmac,
  importAesKey,
  randomBytes,
  sha256,
  sha256Hex,
} from "./crypto.js";
export {
  base64ToBytes,
  base64UrlToBytes,
  bytesToBase64,
  bytesToBase64Url,
  bytesToHex,
  hexToBytes,
  isBase64,
  utf8Decode,
  utf8Encode,
} from "./encoding.js";
export { type EncryptedStorageOptions, encryptedStorage } from "./encrypted-storage.js";
export {
  ENV_NAMES,
  type EnvConfig,
  type EnvCredentials,
  missingCredentials,
  readEnvConfig,
} from "./env-config.js";
export {
  type ApiErrorDetails,
  InfisicalApiError,
  InfisicalAuthError,
  InfisicalError,
  InfisicalNetworkError,
  InfisicalResponseError,
  InfisicalTimeoutError,
  InfisicalValidationError,
  type ValidationIssue,
} from "./errors.js";
export {
  type LockedStorageOptions,
  lockedStorage,
  newLockOwner,
  type StorageLock,
} from "./locked-storage.js";
export { type ProjectRef, resolveProjectId } from "./project.js";
export { type RedisLockClient, redisLock } from "./redis-lock.js";
export type { RetryOptions } from "./retry.js";
export * as schemas from "./schemas.js";
export type { AuthSession, TokenInfo } from "./session.js";
export { memoryStorage, type StorageLike } from "./storage.js";
export type { TokenStoreOptions } from "./token-store.js";
export type { HttpMethod, RequestSpec, TransportResponse } from "./transport.js";
export { parseOptions, parseResponse } from "./validate.js";
