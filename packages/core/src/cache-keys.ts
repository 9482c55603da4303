// Cache key layout (`:`-separated, as unstorage expects; every part URI-encoded so that
// `/`, `:` or `?` inside a path or name cannot collide or be normalised away):
//
//   ie1:<site>:<project>:n:<environment>:<path>:<kind>:<identity>:<options>
//   ie1:<site>:<project>:w:<environment>:<path>:<kind>:<identity>:<options>
//
// `n` (narrow) entries depend only on secrets at their own path (or below, for recursive
// lists); `w` (wide) entries expand references or include imports and may depend on any
// path of the project. Site and identity are SHA-256 prefixes: no URL or credential is
// ever stored in the clear, and two identities sharing one store never share an entry.

import { sha256Hex } from "./crypto.js";

const enc = (part: string) => encodeURIComponent(part) || "-";

export const cacheKeyVersion = "ie1";

export async function shortHash(text: string): Promise<string> {
  return (await sha256Hex(text)).slice(0, 16);
}

export interface KeyScope {
  /** `ie1:<site>:<project>` */
  project: string;
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
  return [
    scope.project,
    entry.wide ? "w" : "n",
    enc(entry.environment),
    enc(entry.path),
    entry.kind,
    scope.identity,
    enc(entry.options),
  ].join(":");
}

/** Prefix of every entry at exactly `path` (narrow). */
export const pathPrefix = (scope: KeyScope, environment: string, path: string): string =>
  [scope.project, "n", enc(environment), enc(path)].join(":");

/** Prefix of every wide entry of the project. */
export const widePrefix = (scope: KeyScope): string => `${scope.project}:w`;

/** Prefix of every narrow entry of an environment. */
export const environmentPrefix = (scope: KeyScope, environment: string): string =>
  [scope.project, "n", enc(environment)].join(":");

export const encodeKeyPart = enc;
