// The read cache. Entries are stored in the SDK's own envelope `{ value, expiresAt }` so
// that TTL means the same on every storage driver; identical concurrent reads share one
// request whether or not caching is on.
//
// Past its expiry an entry can still serve, within two optional windows:
// - stale-while-revalidate: the stale value is returned at once and a refresh runs in the
//   background (handed to `waitUntil`, single-flight per key, never an unhandled rejection);
// - stale-if-error: the load runs, and when it fails with a passing failure (network,
//   timeout, 429, 5xx, a malformed 2xx body) the stale value is returned instead.
// The storage ttl covers ttl + the larger window, so drivers with native expiry (KV,
// Redis) keep the entry long enough. Every stale answer is reported through `onStale`.

import {
  InfisicalApiError,
  InfisicalNetworkError,
  InfisicalResponseError,
  InfisicalTimeoutError,
} from "./errors.js";
import { createSingleFlight } from "./single-flight.js";
import { memoryStorage, type StorageLike } from "./storage.js";

export interface StaleInfo {
  key: string;
  /** `error`: the load failed and the stale value stood in; `revalidate`: refreshing behind. */
  reason: "error" | "revalidate";
  /** Milliseconds past the entry's expiry. */
  age: number;
  /** The failure the stale value stood in for (reason `error`). */
  error?: unknown;
}

export interface CacheOptions {
  /** Any unstorage Storage (or a structurally equal object). Default: in-memory. */
  storage?: StorageLike;
  /** Seconds an entry stays fresh. Default 60; `0` or `false` turns caching off. */
  ttl?: number | false;
  /**
   * Seconds after expiry during which a cached value is served when the load fails with a
   * network error, a timeout, 429, 5xx or a malformed 2xx body (never 4xx). Default 0.
   */
  staleIfError?: number;
  /**
   * Seconds after expiry during which the stale value is returned at once while a refresh
   * runs in the background. Default 0.
   */
  staleWhileRevalidate?: number;
  /** Given every background refresh (e.g. a Worker's `ctx.waitUntil`); it never rejects. */
  waitUntil?: (promise: Promise<unknown>) => void;
  /** Called whenever a stale value is served. Must not throw (errors are ignored). */
  onStale?: (info: StaleInfo) => void;
}

export interface ReadOptions {
  /** The caller's signal: aborting it rejects this read, not the others sharing its load. */
  signal?: AbortSignal | undefined;
}

interface Envelope<T> {
  value: T;
  expiresAt: number;
}

export interface Cache {
  readonly enabled: boolean;
  /** Seconds. */
  readonly ttl: number;
  /** Seconds. */
  readonly staleIfError: number;
  /** Seconds. */
  readonly staleWhileRevalidate: number;
  readonly storage: StorageLike;
  /**
   * Returns the fresh cached value for `key`, or loads, stores and returns it (or a stale
   * value, within the windows above). `load` is given a signal that aborts only once every
   * reader sharing it has aborted; use it rather than one caller's signal.
   */
  read<T>(
    key: string,
    load: (signal?: AbortSignal) => Promise<T>,
    options?: ReadOptions,
  ): Promise<T>;
  /** Removes every entry under `base` for which `match` (given the full key) is true. */
  invalidate(base: string, match?: (key: string) => boolean): Promise<void>;
}

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  typeof value === "object" &&
  value !== null &&
  "value" in value &&
  typeof (value as { expiresAt?: unknown }).expiresAt === "number";

/** A failure that says nothing about the data (the server or the path to it is unwell). */
export function isPassingFailure(error: unknown): boolean {
  if (error instanceof InfisicalNetworkError || error instanceof InfisicalTimeoutError) return true;
  if (error instanceof InfisicalResponseError) return true;
  return error instanceof InfisicalApiError && (error.status === 429 || error.status >= 500);
}

const seconds = (value: number | undefined) =>
  typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;

export function createCache(options: CacheOptions | false | undefined, now: () => number): Cache {
  const ttl = options === false || options?.ttl === false ? 0 : (options?.ttl ?? 60);
  const config = options || {};
  const storage = config.storage ?? memoryStorage();
  const staleIfError = seconds(config.staleIfError);
  const staleWhileRevalidate = seconds(config.staleWhileRevalidate);
  const keepFor = ttl + Math.max(staleIfError, staleWhileRevalidate);
  // Readers of one key share one lookup; loads (in front or behind) share one request.
  const reads = createSingleFlight();
  const loads = createSingleFlight();
  const enabled = ttl > 0;
  // Bumped by every invalidation: a load that started before a write must not store
  // its (possibly stale) answer after the write invalidated the key, and a read that starts
  // after the write must not join a flight that started before it (flight keys carry it).
  let generation = 0;
  const flightKey = (key: string, gen: number) => `${gen}|${key}`;

  /** A storage that fails to answer is a miss, not a failed read. */
  async function lookup(key: string): Promise<Envelope<unknown> | undefined> {
    try {
      const entry = await storage.getItem(key);
      return isEnvelope(entry) ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  function report(info: StaleInfo): void {
    try {
      config.onStale?.(info);
    } catch {}
  }

  /** Loads under the generation `gen` the read started in; stores only if still current. */
  function load<T>(
    key: string,
    gen: number,
    work: (signal?: AbortSignal) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    return loads.run(
      flightKey(key, gen),
      async (shared) => {
        let value: T;
        try {
          value = await work(shared);
        } catch (error) {
          // Best effort: a lock held for this load (lockedStorage) must not outlive it.
          try {
            await storage.loadFailed?.(key);
          } catch {}
          throw error;
        }
        if (gen === generation) {
          const envelope: Envelope<T> = { value, expiresAt: now() + ttl * 1000 };
          // Best effort: a store that cannot write must not fail a read that succeeded.
          try {
            await storage.setItem(key, envelope, { ttl: keepFor });
          } catch {}
        }
        return value;
      },
      signal,
    );
  }

  function revalidate(
    key: string,
    gen: number,
    work: (signal?: AbortSignal) => Promise<unknown>,
  ): void {
    const settled = load(key, gen, work).then(
      () => undefined,
      () => undefined, // the stale value stays; the next read tries again
    );
    try {
      config.waitUntil?.(settled);
    } catch {}
  }

  return {
    enabled,
    ttl,
    staleIfError,
    staleWhileRevalidate,
    storage,
    read<T>(key: string, work: (signal?: AbortSignal) => Promise<T>, options?: ReadOptions) {
      const gen = generation;
      if (!enabled) return reads.run(flightKey(key, gen), work, options?.signal);
      return reads.run(
        flightKey(key, gen),
        async (signal) => {
          const entry = await lookup(key);
          const at = now();
          if (entry && entry.expiresAt > at) return entry.value as T;
          const age = entry ? at - entry.expiresAt : Infinity;
          if (entry && age <= staleWhileRevalidate * 1000) {
            revalidate(key, gen, work);
            report({ key, reason: "revalidate", age });
            return entry.value as T;
          }
          try {
            return await load(key, gen, work, signal);
          } catch (error) {
            if (!entry || age > staleIfError * 1000 || !isPassingFailure(error)) throw error;
            report({ key, reason: "error", age, error });
            return entry.value as T;
          }
        },
        options?.signal,
      );
    },
    async invalidate(base, match) {
      generation++;
      if (!enabled) return;
      // Best effort: the write this follows has already happened, and failing it now (the
      // store is down) would make callers retry a create or update that succeeded.
      try {
        const keys = await storage.getKeys(base);
        await Promise.all(
          keys.filter((key) => !match || match(key)).map((key) => storage.removeItem(key)),
        );
      } catch {}
    },
  };
}
