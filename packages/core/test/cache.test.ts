import { describe, expect, it } from "vitest";
import { type ClientConfig, createClient, memoryStorage, type StorageLike } from "../src/index";
import { entryKey } from "../src/internal/index";

function clientWith(cache: ClientConfig["cache"]) {
  let time = 0;
  const client = createClient({ siteUrl: "http://emu.localhost", cache, now: () => time });
  return { client, advance: (ms: number) => (time += ms) };
}

describe("cache", () => {
  it("serves a fresh entry and reloads after the TTL (60 s by default)", async () => {
    const { client, advance } = clientWith(undefined);
    let loads = 0;
    const load = async () => ++loads;
    expect(await client.cache.read("k", load)).toBe(1);
    advance(59_000);
    expect(await client.cache.read("k", load)).toBe(1);
    advance(2_000);
    expect(await client.cache.read("k", load)).toBe(2);
  });

  it("is off with ttl 0 or false, yet still shares concurrent identical reads", async () => {
    for (const cache of [{ ttl: 0 }, { ttl: false as const }, false as const]) {
      const { client } = clientWith(cache);
      let loads = 0;
      const load = async () => {
        loads++;
        await new Promise((r) => setTimeout(r, 5));
        return loads;
      };
      await Promise.all([client.cache.read("k", load), client.cache.read("k", load)]);
      await client.cache.read("k", load);
      expect(loads).toBe(2);
    }
  });

  it("stores the SDK envelope in any storage and honours it there", async () => {
    const seen = new Map<string, unknown>();
    const storage: StorageLike = {
      getItem: (k) => seen.get(k) ?? null,
      setItem: (k, v) => void seen.set(k, v),
      removeItem: (k) => void seen.delete(k),
      getKeys: (base = "") => [...seen.keys()].filter((k) => k.startsWith(base)),
    };
    const { client } = clientWith({ storage, ttl: 30 });
    await client.cache.read("a:b", async () => ({ v: 1 }));
    expect(seen.get("a:b")).toEqual({ value: { v: 1 }, expiresAt: 30_000 });
  });

  it("invalidates by prefix and predicate", async () => {
    const { client } = clientWith(undefined);
    await client.cache.read("p:x:1", async () => 1);
    await client.cache.read("p:x:r:2", async () => 2);
    await client.cache.read("p:y:3", async () => 3);
    await client.cache.invalidate("p:x", (k) => k.includes(":r:"));
    expect(await client.cache.storage.getKeys("p")).toEqual(["p:x:1", "p:y:3"]);
    await client.cache.invalidate("p:x");
    expect(await client.cache.storage.getKeys("p")).toEqual(["p:y:3"]);
  });

  it("does not store a read that raced with an invalidating write", async () => {
    const { client } = clientWith(undefined);
    let release!: () => void;
    const slow = client.cache.read(
      "k",
      () => new Promise<string>((r) => (release = () => r("old"))),
    );
    await new Promise((r) => setTimeout(r, 1));
    await client.cache.invalidate("k");
    release();
    expect(await slow).toBe("old");
    expect(await client.cache.read("k", async () => "new")).toBe("new");
  });

  it("memory storage evicts the least recently used entry past maxEntries", async () => {
    const storage = memoryStorage({ maxEntries: 2 });
    await storage.setItem("a", 1);
    await storage.setItem("b", 2);
    await storage.getItem("a");
    await storage.setItem("c", 3);
    expect(await storage.getKeys()).toEqual(["a", "c"]);
  });

  it("builds keys from hashes and encoded parts, never from credentials", async () => {
    const client = createClient({ siteUrl: "http://emu.localhost" });
    const scope = await client.keyScope("proj-1");
    const key = entryKey(scope, {
      wide: false,
      environment: "dev",
      path: "/a/b",
      kind: "l",
      options: "x?y",
    });
    expect(key).toMatch(/^ie1:[0-9a-f]{16}:proj-1:n:dev:%2Fa%2Fb:l:anonymous:x%3Fy$/);
  });
});

describe("cache and writes", () => {
  it("a read that starts after an invalidation does not join a flight from before it", async () => {
    for (const cache of [undefined, false as const]) {
      const { client } = clientWith(cache);
      let release!: (v: string) => void;
      const before = client.cache.read("k", () => new Promise<string>((r) => (release = r)));
      await client.cache.invalidate("k"); // a write happened
      const after = client.cache.read("k", async () => "new");
      release("old");
      expect(await before).toBe("old");
      expect(await after).toBe("new");
    }
  });

  it("invalidation is best effort: a failing store does not fail the write it follows", async () => {
    const failing: StorageLike = {
      getItem: () => null,
      setItem: () => {},
      removeItem: () => {},
      getKeys: () => {
        throw new Error("KV down");
      },
    };
    const { client } = clientWith({ storage: failing });
    await expect(client.cache.invalidate("k")).resolves.toBeUndefined();
  });
});
