/**
 * Plumbing shared by the `@infisical-edge/*` area packages: request validation, response
 * parsing, cache keys, login, encoding and crypto helpers.
 *
 * Not part of the public API: no compatibility promise, it may change in any release.
 * Application code should import from `@infisical-edge/core` only.
 *
 * @internal
 * @module
 */
export { LoginResponseSchema, postLogin } from "../auth-method.js";
export { createCache, isPassingFailure, Loaded, type Loader, notModified } from "../cache.js";
export {
  ancestorsOf,
  credentialIdentity,
  type EntryKey,
  encodeKeyPart,
  entryKey,
  environmentPrefix,
  pathPrefix,
  shortHash,
  widePrefix,
} from "../cache-keys.js";
export { type CachedGet, cachedGet } from "../cached-get.js";
export { MAX_CACHE_TTL_S } from "../config-check.js";
export {
  aesGcmDecrypt,
  aesGcmEncrypt,
  hmac,
  importAesKey,
  randomBytes,
  sha256,
  sha256Hex,
} from "../crypto.js";
export {
  base64ToBytes,
  base64UrlToBytes,
  bytesToBase64,
  bytesToBase64Url,
  bytesToHex,
  hexToBytes,
  isApiBase64,
  isBase64,
  utf8Decode,
  utf8Encode,
} from "../encoding.js";
export { inPlaceCheck, parseResponseInPlace } from "../in-place-check.js";
export { resolveProjectId } from "../project.js";
export { readText } from "../response-body.js";
export * as schemas from "../schemas.js";
// Named as well as a namespace: a bundle that imports the names carries only what it uses
// (the namespace object keeps every schema).
export {
  Bool,
  checkProjectSelector,
  EnvironmentSlug,
  NonEmpty,
  ProjectId,
  ProjectSlug,
  SecretName,
  SecretPath,
  Signal,
} from "../schemas.js";
export { parseOptions, parseResponse } from "../validate.js";
export { afterWrite } from "../write-outcome.js";
