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
  Loaded,
  type Loader,
  notModified,
  type ReadOptions,
  type StaleInfo,
} from "./cache";
export {
  credentialIdentity,
  type EntryKey,
  encodeKeyPart,
  entryKey,
  environmentPrefix,
  type KeyScope,
  pathPrefix,
  shortHash,
  widePrefix,
} from "./cache-keys";
export { type CachedGet, cachedGet } from "./cached-get";
export {
  type ClientConfig,
  createClient,
  DEFAULT_SITE_URL,
  type InfisicalClient,
  type ScopeOptions,
} from "./client.js";
export { type EncryptedStorageOptions, encryptedStorage } from "./encrypted-storage.js";
export {
  type ApiErrorDetails,
  InfisicalApiError,
  InfisicalAuthError,
  InfisicalError,
  InfisicalHookError,
  InfisicalNetworkError,
  InfisicalResponseError,
  InfisicalTimeoutError,
  InfisicalValidationError,
  type ValidationIssue,
} from "./errors";
export type { ClientHooks } from "./hooks";
export { parseResponseInPlace } from "./in-place-check";
export {
  type LockedStorageOptions,
  lockedStorage,
  newLockOwner,
  type StorageLock,
} from "./locked-storage.js";
export type { ProjectRef } from "./project.js";
export { type RedisLockClient, redisLock } from "./redis-lock.js";
export type { RetryOptions } from "./retry.js";
export type { AuthSession, TokenInfo } from "./session.js";
export { memoryStorage, type StorageLike } from "./storage.js";
export type { TokenStoreOptions } from "./token-store.js";
export type { HttpMethod, RequestSpec, TransportResponse } from "./transport.js";
