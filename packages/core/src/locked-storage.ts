// Cross-process single-flight for a shared storage (Redis, Upstash...). The cache already
// shares one load per key inside a process; across processes, a short lock per key makes
// the first process that misses the only one to load, while the others wait for its
// answer to appear in the store:
//
//   getItem(key) finds no fresh entry -> try the lock
//     taken by us   -> read again (the last holder may just have stored and let go): fresh
//                      now -> free it and answer; still missing -> report the miss, the
//                      cache loads, and setItem stores and frees it
//     held by other -> poll the store until a fresh entry appears (or the lock lapses,
//                      e.g. its holder died or its load failed, and we take it)
//
// Invalidation also clears the locks under its prefix (getKeys lists locked keys too, so the
// cache's removeItem reaches a key still being loaded), and a holder stores only while it
// still holds its lock: a load that started before a write never stores what it read.
// Entries that are not cache envelopes (the sealed token) count as fresh when present; a
// missing token is locked the same way, so processes also share one login.

import { randomBytes } from "./crypto.js";
import { bytesToHex } from "./encoding.js";
import { InfisicalValidationError } from "./errors.js";
import type { StorageLike } from "./storage.js";

/** A lock service with expiry; `redisLock` implements it on Redis's `SET NX PX`. */
export interface StorageLock {
  /** Takes `name` for `ttlMs` if it is free; resolves to a proof of ownership, or undefined. */
  acquire(name: string, ttlMs: number): Promise<string | undefined>;
  /** Whether `owner` still holds `name`. */
  holds(name: string, owner: string): Promise<boolean>;
  /** Frees `name` if `owner` holds it. */
  release(name: string, owner: string): Promise<void>;
  /** Frees `name` whoever holds it. */
  clear(name: string): Promise<void>;
  /** Names of the locks under `base` (a `:`-separated prefix), held right now. */
  names(base: string): Promise<string[]>;
}

/** Options of {@link lockedStorage}. */
export interface LockedStorageOptions {
  /** The lock service shared by every process, e.g. {@link redisLock}. */
  lock: StorageLock;
  /** How long a lock lasts when its holder never stores (ms). Default 5000. */
  lockTtl?: number;
  /** How often a waiting reader looks for the holder's answer (ms). Default 20. */
  poll?: number;
  /** The client's clock, to judge freshness as the cache does. Default `Date.now`. */
  now?: () => number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A random owner id (128 bits, hex) for a {@link StorageLock} implementation to hand out. */
export const newLockOwner = (): string => bytesToHex(randomBytes(16));

const LOCK_METHODS = ["acquire", "holds", "release", "clear", "names"] as const;
const MAX_TIMER_MS = 2_147_483_647;

/** A misconfigured lock would silently turn sharing (or caching) off: refuse it up front. */
function checkOptions(options: unknown): asserts options is LockedStorageOptions {
  const o = (typeof options === "object" && options !== null ? options : {}) as Record<
    string,
    unknown
  >;
  const lock = o.lock as Record<string, unknown> | undefined;
  const issues = [];
  if (typeof lock !== "object" || lock === null) {
    issues.push({ field: "lock", reason: "expected a StorageLock (e.g. redisLock(client))" });
  } else {
    for (const name of LOCK_METHODS) {
      if (typeof lock[name] !== "function") {
        issues.push({ field: `lock.${name}`, reason: "expected a function" });
      }
    }
  }
  for (const field of ["lockTtl", "poll"] as const) {
    const value = o[field];
    if (
      value !== undefined &&
      !(typeof value === "number" && value >= 1 && value <= MAX_TIMER_MS)
    ) {
      issues.push({ field, reason: "expected a number of milliseconds from 1 to 2^31-1" });
    }
  }
  if (o.now !== undefined && typeof o.now !== "function") {
    issues.push({ field: "now", reason: "expected a function" });
  }
  if (issues.length > 0) throw new InfisicalValidationError(issues);
}

/** Wraps a shared storage so that processes load each missing or expired key only once. */
export function lockedStorage(storage: StorageLike, options: LockedStorageOptions): StorageLike {
  checkOptions(options);
  const { lock } = options;
  const lockTtl = options.lockTtl ?? 5000;
  const poll = options.poll ?? 20;
  const now = options.now ?? Date.now;
  const held = new Map<string, string>();

  const fresh = (entry: unknown) => {
    if (entry === null || entry === undefined) return false;
    const expiresAt = (entry as { expiresAt?: unknown }).expiresAt;
    return typeof expiresAt !== "number" || expiresAt > now();
  };

  /**
   * Takes the lock, then reads again: the previous holder may have stored its answer and let
   * go between our miss and our lock, and that answer must not be loaded a second time.
   */
  async function take(key: string): Promise<{ taken: boolean; entry?: unknown }> {
    const owner = await lock.acquire(key, lockTtl);
    if (!owner) return { taken: false };
    const entry = await storage.getItem(key);
    if (fresh(entry)) {
      await lock.release(key, owner);
      return { taken: true, entry };
    }
    held.set(key, owner);
    return { taken: true, entry };
  }

  return {
    async getItem(key) {
      const entry = await storage.getItem(key);
      if (fresh(entry)) return entry;
      const deadline = now() + lockTtl + poll;
      for (;;) {
        const attempt = await take(key);
        if (attempt.taken) return attempt.entry;
        if (now() >= deadline) return entry; // the lock never lapsed nor an answer came: load
        await sleep(poll);
        const latest = await storage.getItem(key);
        if (fresh(latest)) return latest;
      }
    },
    async setItem(key, value, opts) {
      const owner = held.get(key);
      if (owner === undefined) return storage.setItem(key, value, opts);
      held.delete(key);
      // Invalidated while loading (a write cleared the lock): what we read may be stale.
      if (!(await lock.holds(key, owner))) return;
      await storage.setItem(key, value, opts);
      await lock.release(key, owner);
    },
    async removeItem(key) {
      await storage.removeItem(key);
      await lock.clear(key);
    },
    // The load this process took the lock for failed: free it now, so that other readers
    // (and our next read) load or fall back to a stale value at once instead of waiting
    // out lockTtl.
    async loadFailed(key) {
      const owner = held.get(key);
      if (owner !== undefined) {
        held.delete(key);
        await lock.release(key, owner);
      }
      await storage.loadFailed?.(key);
    },
    async getKeys(base) {
      const [stored, locked] = await Promise.all([
        storage.getKeys(base),
        base ? lock.names(base) : [],
      ]);
      return [...new Set([...stored, ...locked])];
    },
  };
}
