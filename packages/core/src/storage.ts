// The slice of unstorage's `Storage` that the SDK calls. Typed structurally, so a user's
// own `createStorage({ driver })` instance (Workers KV, Deno KV, Redis...) fits as is.

import { invalid } from "./errors.js";

type MaybePromise<T> = T | Promise<T>;

/**
 * The slice of unstorage's `Storage` the SDK calls. Any `createStorage({ driver })` instance
 * (Workers KV, Deno KV, Redis, Upstash...) fits as is, and so does {@link memoryStorage}.
 */
export interface StorageLike {
  /** The stored value for `key`, or `null`/`undefined` when absent. */
  getItem(key: string): MaybePromise<unknown>;
  /** `opts.ttl` (seconds) is passed so drivers with native expiry can drop old entries. */
  setItem(key: string, value: any, opts?: { ttl?: number }): MaybePromise<void>;
  /** Deletes `key`. */
  removeItem(key: string): MaybePromise<void>;
  /** Keys under `base` (a `:`-separated prefix), like unstorage's getKeys. */
  getKeys(base?: string): MaybePromise<string[]>;
  /**
   * Optional: the cache tells the storage that its load of `key` (after a miss) ended without
   * a value to store (the request failed), so a wrapper that holds a lock for it lets go.
   */
  loadFailed?(key: string): MaybePromise<void>;
}

/**
 * A small in-memory store, least-recently-used first out once `maxEntries` is reached.
 * It is the default: it keeps the bundle smaller than unstorage's memory driver and
 * bounds memory under many unique keys.
 */
export function memoryStorage(options: { maxEntries?: number } = {}): StorageLike {
  const max = options?.maxEntries ?? 1000;
  // NaN or Infinity would silently make the store unbounded.
  if (!Number.isSafeInteger(max) || max < 1) {
    invalid("maxEntries", "expected a whole number of at least 1");
  }
  const map = new Map<string, unknown>();
  // The most recently used key is already last: a run of hits on it skips the reordering.
  let last: string | undefined;
  return {
    getItem(key) {
      const value = map.get(key);
      if (value === undefined) return map.has(key) ? undefined : null;
      if (key !== last) {
        map.delete(key);
        map.set(key, value);
        last = key;
      }
      return value;
    },
    setItem(key, value) {
      map.delete(key);
      map.set(key, value);
      last = key;
      if (map.size > max) map.delete(map.keys().next().value as string);
    },
    removeItem(key) {
      map.delete(key);
    },
    getKeys(base = "") {
      const prefix = base && !base.endsWith(":") ? `${base}:` : base;
      return [...map.keys()].filter((key) => key.startsWith(prefix));
    },
  };
}
