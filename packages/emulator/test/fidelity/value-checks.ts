import { isDeepStrictEqual } from "node:util";
import type { Recording } from "./recordings";
import { substitute } from "./substitute";
import { formOf, isIdKey, isPlaceholder, isVolatile } from "./volatile";

// Compares a body's values with the recording's, position by position (so list order counts).
// Volatile fields (volatile.ts) are held to their form instead, ids also to one-to-one use
// within the body (`id` and `_id` alike, a folder's id and its children's parentId); values the
// request named come back as sent. Placeholders stand for credentials the recorder removed: they
// are compared only when the request sent the same one (renew returning the token it got).
// Timestamps still tell whether a record changed after its creation: that must agree too.

type Json = Record<string, any>;

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
};

/** Every string of the recorded request: path segments, query and body values. */
function requestStrings(recording: Recording): Set<string> {
  const found = new Set(recording.request.path.split("/"));
  const visit = (value: unknown): void => {
    if (typeof value === "string") found.add(value);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(visit);
  };
  visit(recording.request.query);
  visit(recording.request.body);
  return found;
}

export function valueDiff(recording: Recording, actual: unknown, token: string): string[] {
  const named = requestStrings(recording);
  const problems: string[] = [];
  const idTo = new Map<string, string>();
  const idFrom = new Map<string, string>();

  const sameId = (path: string, want: string, got: string) => {
    const mapped = idTo.get(want) ?? got;
    const source = idFrom.get(got) ?? want;
    if (mapped !== got || source !== want) {
      problems.push(`${path}: ids must pair one to one, ${show(want)} answered as ${show(got)}`);
    }
    idTo.set(want, got);
    idFrom.set(got, want);
  };

  const leaf = (path: string, key: string, want: unknown, got: unknown) => {
    if (isPlaceholder(want)) {
      const sent = substitute(want, token);
      if (named.has(want) && got !== sent) {
        problems.push(`${path}: expected the ${want} the request sent, got ${show(got)}`);
      }
      return;
    }
    if (typeof want === "string" && typeof got === "string" && isVolatile(key)) {
      if (named.has(want) && got !== want) {
        problems.push(`${path}: expected ${show(want)} (named in the request), got ${show(got)}`);
      }
      const form = formOf(want);
      if (form && formOf(got) !== form)
        problems.push(`${path}: expected ${form}, got ${show(got)}`);
      if (isIdKey(key)) sameId(path, want, got);
      return;
    }
    if (!isDeepStrictEqual(want, got)) {
      problems.push(`${path}: expected ${show(want)}, got ${show(got)}`);
    }
  };

  const walk = (path: string, key: string, want: unknown, got: unknown): void => {
    if (Array.isArray(want) && Array.isArray(got)) {
      // Lengths are the shape check's; items are compared where both lists have one.
      for (let i = 0; i < Math.min(want.length, got.length); i++) {
        walk(`${path}[${i}]`, key, want[i], got[i]);
      }
    } else if (isObject(want) && isObject(got)) {
      problems.push(...stampDiff(path, want, got));
      for (const [name, value] of Object.entries(want)) {
        if (name in got) walk(`${path}.${name}`, name, value, got[name]);
      }
    } else if (!isObject(want) && !Array.isArray(want)) {
      leaf(path, key, want, got);
    }
  };
  walk("$", "", recording.body, actual);
  return [
    ...problems,
    ...kmsLengths(recording.body, actual as Json),
    ...leaseDiff(recording.body, actual as Json),
  ];
}

const changed = (record: Json): number =>
  Math.sign(Date.parse(record.updatedAt) - Date.parse(record.createdAt));

/** Timestamps differ, but a record changed since its creation (or not) must be so here too. */
function stampDiff(path: string, want: Json, got: Json): string[] {
  if (typeof want.createdAt !== "string" || typeof want.updatedAt !== "string") return [];
  if (typeof got.createdAt !== "string" || typeof got.updatedAt !== "string") return [];
  if (changed(want) === changed(got)) return [];
  const expected = changed(want) > 0 ? "after createdAt (changed since)" : "equal to createdAt";
  return [`${path}.updatedAt: expected ${expected}, got ${got.createdAt} -> ${got.updatedAt}`];
}

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const decodedLength = (base64: string): number => atob(base64).length;

/** Crypto outputs differ in value, not in size: same ciphertext layout, key and RSA signature. */
function kmsLengths(r: Json, a: Json): string[] {
  const problems: string[] = [];
  const sameLength = (key: string) => {
    if (typeof r?.[key] !== "string" || typeof a?.[key] !== "string") return;
    const [want, got] = [decodedLength(r[key]), decodedLength(a[key])];
    if (want !== got) problems.push(`$.${key}: expected ${want} bytes, got ${got}`);
  };
  sameLength("ciphertext");
  sameLength("publicKey");
  if (String(r?.signingAlgorithm).startsWith("RSA")) sameLength("signature");
  return problems;
}

const LEASE_SLACK_MS = 1000; // the real server stamps createdAt a few ms after computing expireAt
const lifetime = (lease: Json): number => Date.parse(lease.expireAt) - Date.parse(lease.createdAt);

/** Lease lifetimes show that a renewal extends the current expiry rather than counting from now. */
function leaseDiff(r: Json, a: Json): string[] {
  const pairs: [string, Json, Json][] = [];
  if (r?.lease && a?.lease) pairs.push(["$.lease", r.lease, a.lease]);
  if (Array.isArray(r?.leases) && Array.isArray(a?.leases)) {
    r.leases.forEach((lease: Json, i: number) => {
      if (a.leases[i]) pairs.push([`$.leases[${i}]`, lease, a.leases[i]]);
    });
  }
  return pairs
    .filter(([, want, got]) => Math.abs(lifetime(want) - lifetime(got)) > LEASE_SLACK_MS)
    .map(
      ([path, want, got]) =>
        `${path}: expected expireAt - createdAt of ${lifetime(want)} ms, got ${lifetime(got)} ms`,
    );
}
