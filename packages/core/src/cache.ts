// The read cache. Entries are stored in the SDK's own envelope `{ value, expiresAt }`
// so that TTL means the same on every storage driver; identical concurrent reads share
// one request whether or not caching is on.

import { createSingleFlight } from "./single-flight";
import { memoryStorage, type StorageLike } from "./storage";

export interface CacheOptions {
  /** Any unstorage Storage (or a structurally equal object). Default: in-memory. */
  storage?: StorageLike;
  /** Seconds an entry stays fresh. Default 60; `0` or `false` turns caching off. */
  ttl?: number | false;
}

interface Envelope<T> {
  value: T;
  expiresAt: number;
}

export interface Cache {
  readonly enabled: boolean;
  readonly ttl: number;
  readonly storage: StorageLike;
  /** Returns the fresh cached value for `key`, or loads, stores and returns it. */
  read<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Removes every entry under `base` for which `match` (given the full key) is true. */
  invalidate(base: string, match?: (key: string) => boolean): Promise<void>;
}

const isEnvelope = (value: unknown): value is Envelope<unknown> =>
  typeof value === "object" && value !== null && "expiresAt" in value && "value" in value;

export function createCache(options: CacheOptions | false | undefined, now: () => number): Cache {
  const ttl = options === false || options?.ttl === false ? 0 : (options?.ttl ?? 60);
  const storage = (options ? options.storage : undefined) ?? memoryStorage();
  const flights = createSingleFlight();
  const enabled = ttl > 0;
  // Bumped by every invalidation: a load that started before a write must not store
  // its (possibly stale) answer after the write invalidated the key.
  let generation = 0;

  async function lookup<T>(key: string): Promise<T | undefined> {
    const entry = await storage.getItem(key);
    return isEnvelope(entry) && entry.expiresAt > now() ? (entry.value as T) : undefined;
  }

  return {
    enabled,
    ttl,
    storage,
    read(key, load) {
      return flights.run(key, async () => {
        if (!enabled) return load();
        const hit = await lookup<Awaited<ReturnType<typeof load>>>(key);
        if (hit !== undefined) return hit;
        const startedAt = generation;
        const value = await load();
        if (startedAt !== generation) return value;
        const envelope: Envelope<typeof value> = { value, expiresAt: now() + ttl * 1000 };
        await storage.setItem(key, envelope, { ttl });
        return value;
      });
    },
    async invalidate(base, match) {
      if (!enabled) return;
      generation++;
      const keys = await storage.getKeys(base);
      await Promise.all(
        keys.filter((key) => !match || match(key)).map((key) => storage.removeItem(key)),
      );
    },
  };
}
