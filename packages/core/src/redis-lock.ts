// A StorageLock on Redis: `SET name owner PX ttl NX` takes the lock, and a compare-and-delete
// script frees it only for its owner. Typed structurally on the ioredis client (the one
// unstorage's redis driver gives through `driver.getInstance()`); any client with the same
// `set`/`get`/`eval`/`del` shapes fits.

import { newLockOwner, type StorageLock } from "./locked-storage.js";

/**
 * The slice of an ioredis client that {@link redisLock} calls (what unstorage's Redis driver
 * returns from `driver.getInstance()`); any client with the same method shapes fits.
 */
export interface RedisLockClient {
  /** `SET key value PX ttl NX`: resolves to `"OK"` when the key was set. */
  set(key: string, value: string, px: "PX", ttl: number, nx: "NX"): Promise<unknown>;
  /** `GET key`. */
  get(key: string): Promise<string | null>;
  /** `EVAL script numkeys ...args`. */
  eval(script: string, keys: number, ...args: string[]): Promise<unknown>;
  /** `DEL key`. */
  del(key: string): Promise<unknown>;
  /** `SCAN cursor MATCH pattern COUNT n`: resolves to `[nextCursor, keys]`. */
  scan(
    cursor: string,
    match: "MATCH",
    pattern: string,
    count: "COUNT",
    n: number,
  ): Promise<unknown>;
}

const escapeGlob = (text: string) => text.replace(/[*?[\]\\]/g, "\\$&");

const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

/**
 * A {@link StorageLock} on Redis, for `lockedStorage`: `SET NX PX` takes a lock and a
 * compare-and-delete script frees it only for its owner.
 *
 * @param client An ioredis client, e.g. the Redis driver's `getInstance()`.
 * @param options `prefix` of the lock keys (default `ie1-lock:`).
 */
export function redisLock(client: RedisLockClient, options: { prefix?: string } = {}): StorageLock {
  const prefix = options.prefix ?? "ie1-lock:";
  return {
    async acquire(name, ttlMs) {
      const owner = newLockOwner();
      const ok = await client.set(`${prefix}${name}`, owner, "PX", Math.ceil(ttlMs), "NX");
      return ok === "OK" ? owner : undefined;
    },
    async holds(name, owner) {
      return (await client.get(`${prefix}${name}`)) === owner;
    },
    async release(name, owner) {
      await client.eval(RELEASE, 1, `${prefix}${name}`, owner);
    },
    async clear(name) {
      await client.del(`${prefix}${name}`);
    },
    async names(base) {
      const pattern = `${escapeGlob(`${prefix}${base.replace(/:$/, "")}`)}:*`;
      const names: string[] = [];
      let cursor = "0";
      do {
        const [next, keys] = (await client.scan(cursor, "MATCH", pattern, "COUNT", 200)) as [
          string,
          string[],
        ];
        cursor = next;
        for (const key of keys) names.push(key.slice(prefix.length));
      } while (cursor !== "0");
      return names;
    },
  };
}
