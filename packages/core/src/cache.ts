// The read cache. Entries are stored in the SDK's own envelope `{ value, expiresAt, etag }`
// so that TTL means the same on every storage driver; identical concurrent reads share one
// request whether or not caching is on.
//
// ETag revalidation: a load may answer `new Loaded(value, etag)`. Once such an entry has
// expired, the next load is handed its ETag (to send as If-None-Match) and may answer
// `notModified`: the stored value is then kept and its expiry renewed, with no body sent.
// An entry with an ETag stays in storage one ttl longer, so that it can be revalidated.
//
// Hits from a storage that answers synchronously (the built-in memory store) can skip `read`:
// `hit` answers them with one resolved promise (no single-flight, no AbortController).
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
import { quietly } from "./quietly.js";
import { createSingleFlight, type SingleFlight } from "./single-flight.js";
import { memoryStorage, type StorageLike } from "./storage.js";

/** Passed to {@link CacheOptions.onStale} each time the cache serves a value past its expiry. */
export interface StaleInfo {
  /** The cache key of the stale entry (site, project and identity hashes; no secret). */
  key: string;
  /** `error`: the load failed and the stale value stood in; `revalidate`: refreshing behind. */
  reason: "error" | "revalidate";
  /** Milliseconds past the entry's expiry. */
  age: number;
  /** The failure the stale value stood in for (reason `error`). */
  error?: unknown;
}

/** Options of the client's read cache (`createClient({ cache })`). */
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

/** Options of one {@link Cache.read}. */
export interface ReadOptions {
  /** The caller's signal: aborting it rejects this read, not the others sharing its load. */
  signal?: AbortSignal | undefined;
}

/** The hit promise kept on an envelope held in memory; never serialised (a symbol key). */
const settled = Symbol();

interface Envelope<T> {
  value: T;
  [settled]?: Promise<T>;
  expiresAt: number;
  /** The server's ETag for `value`, opaque (strong or weak, quoted as received). */
  etag?: string | undefined;
}

/** A loaded value with the server's ETag, which the cache keeps for revalidation. */
export class Loaded<T> {
  // Declared, not initialised: the constructor's assignments are the whole class.
  declare readonly value: T;
  declare readonly etag: string | undefined;
  constructor(value: T, etag?: string) {
    this.value = value;
    this.etag = etag;
  }
}

/** A loader's answer without its envelope (a loader may answer either). */
const unwrap = <T>(answer: unknown) => (answer instanceof Loaded ? answer.value : answer) as T;

/** A load's answer to a conditional request (304): the stored value still holds. */
export const notModified: unique symbol = Symbol("infisical-edge.notModified");

/**
 * What the cache calls to load a key. `etag` is given when an expired entry with an ETag can
 * be revalidated; only then may the load answer `notModified`.
 */
export type Loader<T> = (
  signal?: AbortSignal,
  etag?: string,
) => Promise<T | Loaded<T> | typeof notModified>;

/**
 * The client's read cache (`client.cache`). Area packages read through it; users rarely call it.
 */
export interface Cache {
  /** False when caching is off (`cache: false` or `ttl: 0`); reads then always load. */
  readonly enabled: boolean;
  /** Seconds. */
  readonly ttl: number;
  /** Seconds. */
  readonly staleIfError: number;
  /** Seconds. */
  readonly staleWhileRevalidate: number;
  /** The storage the entries live in (the in-memory store unless `storage` was given). */
  readonly storage: StorageLike;
  /**
   * Returns the fresh cached value for `key`, or loads, stores and returns it (or a stale
   * value, within the windows above). `load` is given a signal that aborts only once every
   * reader sharing it has aborted; use it rather than one caller's signal.
   */
  read<T>(key: string, load: Loader<T>, options?: ReadOptions): Promise<T>;
  /**
   * The fresh value for `key` when the storage answers synchronously (the memory store),
   * as a settled promise; undefined when `read` must run. Lets callers skip building a
   * loader on a hit (for reads without a signal: a hit never waits).
   */
  hit<T>(key: string): Promise<T> | undefined;
  /** Removes every entry under `base` for which `match` (given the full key) is true. */
  invalidate(base: string, match?: (key: string) => boolean): Promise<void>;
}

/** The flights of one generation of the cache (between two invalidations). */
interface Era {
  reads: SingleFlight;
  loads: SingleFlight;
}

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  !!value &&
  typeof value === "object" &&
  "value" in value &&
  typeof (value as { expiresAt?: unknown }).expiresAt === "number";

/** A failure that says nothing about the data (the server or the path to it is unwell). */
export function isPassingFailure(error: unknown): boolean {
  return (
    error instanceof InfisicalNetworkError ||
    error instanceof InfisicalTimeoutError ||
    error instanceof InfisicalResponseError ||
    (error instanceof InfisicalApiError && (error.status === 429 || error.status >= 500))
  );
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
  const enabled = ttl > 0;
  // Set once the storage has answered a lookup synchronously: hits then skip the flight.
  let syncStorage = false;
  // Readers of one key share one lookup; loads (in front or behind) share one request.
  // Replaced by every invalidation: a load that started before a write must not store its
  // (possibly stale) answer after the write invalidated the key, and a read that starts
  // after the write must not join a flight that started before it.
  let era: Era = { reads: createSingleFlight(), loads: createSingleFlight() };

  /** A storage that fails to answer is a miss, not a failed read. */
  async function lookup(key: string): Promise<Envelope<unknown> | undefined> {
    try {
      const pending = storage.getItem(key);
      if (!isThenable(pending)) syncStorage = true;
      const entry = await pending;
      return isEnvelope(entry) ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  function report(info: StaleInfo): void {
    quietly(() => config.onStale?.(info));
  }

  /**
   * Loads under the era `from` the read started in; stores only if still current.
   * With a `stale` entry that has an ETag, the load may revalidate it instead.
   */
  function load<T>(
    key: string,
    from: Era,
    work: Loader<T>,
    stale: Envelope<unknown> | undefined,
    signal?: AbortSignal,
  ): Promise<T> {
    const etag = stale?.etag;
    return from.loads.run(
      key,
      async (shared) => {
        let answer: T | Loaded<T> | typeof notModified;
        try {
          answer = await (etag ? work(shared, etag) : work(shared));
        } catch (error) {
          // Best effort: a lock held for this load (lockedStorage) must not outlive it.
          try {
            await storage.loadFailed?.(key);
          } catch {}
          throw error;
        }
        const expiresAt = now() + ttl * 1000;
        const envelope: Envelope<unknown> =
          answer === notModified
            ? { value: stale?.value, expiresAt, etag }
            : answer instanceof Loaded
              ? { value: answer.value, expiresAt, etag: answer.etag }
              : { value: answer, expiresAt };
        // Best effort: a store that cannot write must not fail a read that succeeded.
        if (from === era) {
          try {
            await storage.setItem(key, envelope, { ttl: keepFor + (envelope.etag ? ttl : 0) });
          } catch {}
        }
        return envelope.value as T;
      },
      signal,
    );
  }

  function revalidate(key: string, from: Era, work: Loader<unknown>, stale: Envelope<unknown>) {
    const settled = load(key, from, work, stale).then(
      () => undefined,
      () => undefined, // the stale value stays; the next read tries again
    );
    quietly(() => config.waitUntil?.(settled));
  }

  return {
    enabled,
    ttl,
    staleIfError,
    staleWhileRevalidate,
    storage,
    hit<T>(key: string): Promise<T> | undefined {
      if (!enabled || !syncStorage) return undefined;
      let entry: unknown;
      try {
        entry = storage.getItem(key);
      } catch {
        return undefined;
      }
      if (isThenable(entry)) {
        entry.then(undefined, () => {});
        return undefined;
      }
      if (!isEnvelope(entry) || entry.expiresAt <= now()) return undefined;
      // A store that keeps the envelope object (the memory store) keeps its settled promise too.
      entry[settled] ??= Promise.resolve(entry.value);
      return entry[settled] as Promise<T>;
    },
    read<T>(key: string, work: Loader<T>, options?: ReadOptions): Promise<T> {
      const from = era;
      if (!enabled) {
        // Off, identical reads in flight still share one load (one `then`, no async wrapper).
        return from.reads.run(key, (shared) => work(shared).then(unwrap<T>), options?.signal);
      }
      return from.reads.run(
        key,
        async (signal) => {
          const entry = await lookup(key);
          const at = now();
          if (entry && entry.expiresAt > at) return entry.value as T;
          const age = entry ? at - entry.expiresAt : Infinity;
          if (entry && age <= staleWhileRevalidate * 1000) {
            revalidate(key, from, work, entry);
            report({ key, reason: "revalidate", age });
            return entry.value as T;
          }
          try {
            return await load(key, from, work, entry, signal);
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
      era = { reads: createSingleFlight(), loads: createSingleFlight() };
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

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === "function";
