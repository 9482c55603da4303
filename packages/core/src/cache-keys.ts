// Cache key layout (`:`-separated, as unstorage expects; every part URI-encoded so that
// `/`, `:` or `?` inside a path or name cannot collide or be normalised away):
//
//   ie1:<site>:<project>:n:<environment>:<path>:<kind>:<identity>:<options>
//   ie1:<site>:<project>:w:<environment>:<path>:<kind>:<identity>:<options>
//
// `n` (narrow) entries depend only on secrets at their own path (or below, for recursive
// lists); `w` (wide) entries expand references or include imports and may depend on any
// path of the project. Site and identity are hash prefixes: no URL or credential is ever
// stored in the clear, and two identities sharing one store never share an entry. The
// identity is keyed by the credential itself where the method has stable secret material
// (`credentialIdentity`), so knowing a public client id or identity id is not enough.

import { hmac, sha256Hex } from "./crypto.js";
import { bytesToHex } from "./encoding.js";

const enc = (part: string) => encodeURIComponent(part) || "-";

export const cacheKeyVersion = "ie1";

export async function shortHash(text: string): Promise<string> {
  return (await sha256Hex(text)).slice(0, 16);
}

/**
 * The cache identity of a credential: HMAC-SHA-256 keyed by the secret over the method's
 * public label, 128 bits in hex. Only a holder of `secret` computes it; from the label (or
 * the stored keys) nobody learns the secret, provided it is not guessable (use it for
 * generated secrets and keys, not for passwords).
 */
export async function credentialIdentity(label: string, secret: string): Promise<string> {
  return bytesToHex(await hmac("SHA-256", secret, `ie1-identity:${label}`)).slice(0, 32);
}

/**
 * Where a client's cache entries live for one project: the project's key prefix and the
 * identity they belong to (see `InfisicalClient.keyScope`).
 */
export interface KeyScope {
  /** `ie1:<site>:<project>` */
  project: string;
  /** The identity label of the client's credential (a keyed hash, never the credential itself). */
  identity: string;
}

export interface EntryKey {
  wide: boolean;
  environment: string;
  path: string;
  /** e.g. `s.DB_URL` for one secret, `l` for a list, `r` for a recursive list. */
  kind: string;
  options: string;
}

export function entryKey(scope: KeyScope, entry: EntryKey): string {
  return `${scope.project}:${entry.wide ? "w" : "n"}:${enc(entry.environment)}:${enc(entry.path)}:${entry.kind}:${scope.identity}:${enc(entry.options)}`;
}

/** Prefix of every entry at exactly `path` (narrow). */
export const pathPrefix = (scope: KeyScope, environment: string, path: string): string =>
  [scope.project, "n", enc(environment), enc(path)].join(":");

/** Prefix of every wide entry of the project. */
export const widePrefix = (scope: KeyScope): string => `${scope.project}:w`;

/** The folders above a path, whose lists a write at it can make stale: `/a/b` → [`/`, `/a`]. */
export function ancestorsOf(path: string): string[] {
  const parts = path.split("/").filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i).join("/")}`);
}

/** Prefix of every narrow entry of an environment. */
export const environmentPrefix = (scope: KeyScope, environment: string): string =>
  [scope.project, "n", enc(environment)].join(":");

export const encodeKeyPart = enc;
