// The cache's side of ETag revalidation: what a load is handed, what a 304 or a 200 does
// to the envelope, and that the ETag survives every storage wrapper.

import * as v from "valibot";
import { describe, expect, it } from "vitest";
import type { AuthMethod } from "../src/auth-method";
import { createCache, Loaded, notModified } from "../src/cache";
import { cachedGet } from "../src/cached-get";
import { createClient } from "../src/client";
import { InfisicalResponseError } from "../src/errors";
import { lockedStorage, newLockOwner, type StorageLock } from "../src/locked-storage";
import { memoryStorage } from "../src/storage";
import type { TransportResponse } from "../src/transport";
import { parseResponse } from "../src/validate";
import { fakeFetch, json } from "./fake-server";

const auth: AuthMethod = {
  kind: "static",
  identity: () => "id",
  login: async () => ({ accessToken: "t", expiresIn: 3600, accessTokenMaxTTL: 0 }),
};

const noLock: StorageLock = {
  acquire: async () => newLockOwner(),
  holds: async () => true,
  release: async () => {},
  clear: async () => {},
  names: async () => [],
};

describe("cache envelopes with an ETag", () => {
  it("hands the stored ETag to the load once expired; notModified renews, Loaded replaces", async () => {
    let time = 0;
    const store = memoryStorage();
    const cache = createCache({ ttl: 10, storage: store }, () => time);
    const seen: (string | undefined)[] = [];
    let answer: unknown = new Loaded("v1", '"a"');
    const load = async (_signal?: AbortSignal, etag?: string) => {
      seen.push(etag);
      return answer as string;
    };
    expect(await cache.read("k", load)).toBe("v1");
    expect(await store.getItem("k")).toEqual({ value: "v1", expiresAt: 10_000, etag: '"a"' });
    time = 10_001;
    answer = notModified;
    expect(await cache.read("k", load)).toBe("v1");
    expect(await store.getItem("k")).toEqual({ value: "v1", expiresAt: 20_001, etag: '"a"' });
    time = 20_002;
    answer = new Loaded("v2", 'W/"b"');
    expect(await cache.read("k", load)).toBe("v2");
    time = 30_003;
    answer = notModified;
    expect(await cache.read("k", load)).toBe("v2");
    expect(seen).toEqual([undefined, '"a"', '"a"', 'W/"b"']);
  });

  it("keeps an entry with an ETag one ttl longer in storage, so it can be revalidated", async () => {
    const ttls: (number | undefined)[] = [];
    const store = memoryStorage();
    const cache = createCache(
      {
        ttl: 30,
        storage: {
          ...store,
          setItem: (k, v, o) => {
            ttls.push(o?.ttl);
            return store.setItem(k, v, o);
          },
        },
      },
      () => 0,
    );
    await cache.read("a", async () => "plain");
    await cache.read("b", async () => new Loaded("tagged", '"t"'));
    expect(ttls).toEqual([30, 60]);
  });

  it("revalidates through lockedStorage, which hands back the expired entry to its holder", async () => {
    let time = 0;
    const store = memoryStorage();
    const storage = lockedStorage(store, { lock: noLock, now: () => time });
    const cache = createCache({ ttl: 10, storage }, () => time);
    const seen: (string | undefined)[] = [];
    const load = async (_s?: AbortSignal, etag?: string) => {
      seen.push(etag);
      return etag ? notModified : new Loaded("v", '"x"');
    };
    await cache.read("k", load);
    time = 11_000;
    expect(await cache.read("k", load)).toBe("v");
    expect(seen).toEqual([undefined, '"x"']);
    expect(await store.getItem("k")).toMatchObject({ expiresAt: 21_000, etag: '"x"' });
  });
});

describe("cachedGet", () => {
  it("sends If-None-Match only when revalidating, and a 304 it did not ask for is a response error", async () => {
    let time = 0;
    const server = fakeFetch((call) =>
      call.headers.get("if-none-match") === '"e1"'
        ? new Response(null, { status: 304, headers: { etag: '"e1"' } })
        : json({ v: 1 }, 200, { etag: '"e1"' }),
    );
    const client = createClient({
      siteUrl: "http://emu.localhost",
      fetch: server.fetch,
      now: () => time,
      auth,
      cache: { ttl: 5 },
    });
    const parse = (r: TransportResponse) =>
      parseResponse(v.looseObject({ v: v.number() }), r, "GET", "/v");
    const get = () => cachedGet(client, { path: "/v", key: "p:k" }, parse);
    expect(await get()).toEqual({ v: 1 });
    time = 6_000;
    expect(await get()).toEqual({ v: 1 });
    expect(server.calls.map((c) => c.headers.get("if-none-match"))).toEqual([null, '"e1"']);

    const rogue = fakeFetch(() => new Response(null, { status: 304 }));
    const other = createClient({ siteUrl: "http://emu.localhost", fetch: rogue.fetch, auth });
    await expect(cachedGet(other, { path: "/v", key: "p:k" }, parse)).rejects.toBeInstanceOf(
      InfisicalResponseError,
    );
  });
});
