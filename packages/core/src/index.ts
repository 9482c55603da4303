export type { AccessToken, AuthMethod, LoginContext } from "./auth-method.js";
export type { Cache, CacheOptions, ReadOptions, StaleInfo } from "./cache.js";
export type { KeyScope } from "./cache-keys.js";
export {
  type ClientConfig,
  createClient,
  DEFAULT_SITE_URL,
  type InfisicalClient,
  type ScopeOptions,
} from "./client.js";
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
  InfisicalHookError,
  InfisicalNetworkError,
  InfisicalResponseError,
  InfisicalTimeoutError,
  InfisicalValidationError,
  type ValidationIssue,
} from "./errors.js";
export type { ClientHook, ClientHooks, HookContext } from "./hooks.js";
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
export {
  type SealedTokenStore,
  sealedTokenStore,
  type TokenStoreOptions,
} from "./token-store.js";
export type { HttpMethod, RequestSpec, TransportResponse } from "./transport.js";
