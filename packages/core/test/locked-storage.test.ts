import { describe, expect, it } from "vitest";
import { createCache } from "../src/cache";
import { lockedStorage, newLockOwner, type StorageLock } from "../src/locked-storage";
import { memoryStorage, type StorageLike } from "../src/storage";

/** A lock table shared by the simulated processes, with expiry on a test clock. */
function sharedLock(now: () => number): StorageLock {
  const locks = new Map<string, { owner: string; until: number }>();
  const live = (name: string) => {
    const lock = locks.get(name);
    return lock && lock.until > now() ? lock : undefined;
  };
  return {
    async acquire(name, ttlMs) {
      if (live(name)) return undefined;
      const owner = newLockOwner();
      locks.set(name, { owner, until: now() + ttlMs });
      return owner;
    },
    async holds(name, owner) {
      return live(name)?.owner === owner;
    },
    async release(name, owner) {
      if (live(name)?.owner === owner) locks.delete(name);
    },
    async clear(name) {
      locks.delete(name);
    },
    async names(base) {
      return [...locks.keys()].filter((name) => live(name) && name.startsWith(`${base}:`));
    },
  };
}

/** N "processes": each has its own cache and wrapper, all over one store and lock table. */
function processes(count: number, options: { lockTtl?: number } = {}) {
  const store: StorageLike = memoryStorage();
  const lock = sharedLock(Date.now);
  return Array.from({ length: count }, () => {
    const storage = lockedStorage(store, { lock, poll: 2, ...options });
    return createCache({ storage, ttl: 60 }, Date.now);
  });
}

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe("lockedStorage (cross-process single-flight)", () => {
  it("many processes reading one missing key load it once", async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      await tick(20);
      return "value";
    };
    const caches = processes(8);
    const reads = caches.flatMap((cache) =>
      Array.from({ length: 25 }, () => cache.read("k", load)),
    );
    expect(new Set(await Promise.all(reads))).toEqual(new Set(["value"]));
    expect(loads).toBe(1);
  });

  it("a load that started before an invalidation does not store what it read", async () => {
    const [a, b] = processes(2) as [ReturnType<typeof createCache>, ReturnType<typeof createCache>];
    let release!: (value: string) => void;
    const slow = a.read("p:k", () => new Promise<string>((resolve) => (release = resolve)));
    await tick();
    await b.invalidate("p"); // another process wrote; its invalidation clears the lock
    release("old");
    expect(await slow).toBe("old");
    expect(await b.read("p:k", async () => "new")).toBe("new");
  });

  it("when the holder never stores (its load failed), a waiter takes over after the lock lapses", async () => {
    const [a, b] = processes(2, { lockTtl: 30 }) as [
      ReturnType<typeof createCache>,
      ReturnType<typeof createCache>,
    ];
    const failing = a.read("k", async () => {
      await tick(5);
      throw new Error("upstream 503");
    });
    await tick(1);
    const waiting = b.read("k", async () => "from-b");
    await expect(failing).rejects.toThrow("upstream 503");
    expect(await waiting).toBe("from-b");
  });

  it("a process that gets the lock just after the holder stored and let go does not load again", async () => {
    const store = memoryStorage();
    const lock = sharedLock(Date.now);
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let first = true;
    // B's first look at the store misses, and its answer arrives only after A is done.
    const lagging: StorageLike = {
      ...store,
      async getItem(key) {
        const value = await store.getItem(key);
        if (first) {
          first = false;
          await gate;
        }
        return value;
      },
    };
    const a = createCache({ storage: lockedStorage(store, { lock }), ttl: 60 }, Date.now);
    const b = createCache({ storage: lockedStorage(lagging, { lock }), ttl: 60 }, Date.now);
    let loads = 0;
    const load = async () => `value-${++loads}`;
    const fromB = b.read("k", load);
    await tick();
    expect(await a.read("k", load)).toBe("value-1");
    openGate();
    expect(await fromB).toBe("value-1");
    expect(loads).toBe(1);
    // B let go of the lock it took only to find the answer there.
    expect(await lock.acquire("k", 1000)).toBeDefined();
  });

  it("returns entries that are not cache envelopes (a sealed token) as they are", async () => {
    const store = memoryStorage();
    const lock = sharedLock(Date.now);
    await store.setItem("ie1-token:x", { v: 1, sealed: "abc" });
    const storage = lockedStorage(store, { lock });
    expect(await storage.getItem("ie1-token:x")).toEqual({ v: 1, sealed: "abc" });
    // Present, so no lock was taken: another process can still take it.
    expect(await lock.acquire("ie1-token:x", 1000)).toBeDefined();
  });
});
