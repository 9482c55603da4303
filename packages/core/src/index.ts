export {
  type AccessToken,
  type AuthMethod,
  type LoginContext,
  LoginResponseSchema,
  postLogin,
} from "./auth-method";
export {
  type Cache,
  type CacheOptions,
  createCache,
  isPassingFailure,
  type ReadOptions,
  type StaleInfo,
} from "./cache";
export {
  credentialIdentity,
  type EntryKey,
  entryKey,
  environmentPrefix,
  type KeyScope,
  pathPrefix,
  shortHash,
  widePrefix,
} from "./cache-keys";
export {
  type ClientConfig,
  createClient,
  DEFAULT_SITE_URL,
  type InfisicalClient,
  type ScopeOptions,
} from "./client";
export {
  aesGcmDecrypt,
  aesGcmEncrypt,
  hmac,
  importAesKey,
  randomBytes,
  sha256,
  sha256Hex,
} from "./crypto";
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
} from "./encoding";
export { type EncryptedStorageOptions, encryptedStorage } from "./encrypted-storage";
export {
  ENV_NAMES,
  type EnvConfig,
  type EnvCredentials,
  missingCredentials,
  readEnvConfig,
} from "./env-config";
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
} from "./errors";
export {
  type LockedStorageOptions,
  lockedStorage,
  newLockOwner,
  type StorageLock,
} from "./locked-storage";
export { type ProjectRef, resolveProjectId } from "./project";
export { type RedisLockClient, redisLock } from "./redis-lock";
export type { RetryOptions } from "./retry";
export * as schemas from "./schemas";
export type { AuthSession, TokenInfo } from "./session";
export { memoryStorage, type StorageLike } from "./storage";
export type { TokenStoreOptions } from "./token-store";
export type { HttpMethod, RequestSpec, TransportResponse } from "./transport";
export { parseOptions, parseResponse } from "./validate";
