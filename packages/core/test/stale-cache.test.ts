// Stale-if-error and stale-while-revalidate: when a stale value may stand in, how the caller
// learns about it, and that the background refresh is shared, handed to waitUntil and never
// leaks a rejection.

import { describe, expect, it } from "vitest";
import {
  type CacheOptions,
  createClient,
  InfisicalApiError,
  InfisicalValidationError,
  type StaleInfo,
  type StorageLike,
} from "../src/index";
import { errorBody, fakeFetch, json } from "./fake-server";

type Reply = () => Response | Promise<Response>;

/** A client whose GET /value answers with the current reply; its clock moves by hand. */
function setup(cache: Omit<CacheOptions, "onStale"> = {}, timeout = 5_000) {
  let time = 1_000_000;
  let reply: Reply = () => json({ v: 1 });
  const stale: StaleInfo[] = [];
  const server = fakeFetch(() => reply());
  const client = createClient({
    siteUrl: "http://emu.localhost",
    fetch: server.fetch,
    now: () => time,
    timeout,
    retry: { retries: 1, minDelay: 1, maxDelay: 2 },
    cache: { ttl: 10, ...cache, onStale: (info) => void stale.push(info) },
  });
  const read = (signal?: AbortSignal) =>
    client.cache.read(
      "p:k",
      async (shared) =>
        (await client.sendAnonymous({ method: "GET", path: "/value", signal: shared })).data,
      { signal },
    );
  return {
    client,
    server,
    stale,
    read,
    answer: (next: Reply) => (reply = next),
    advance: (ms: number) => (time += ms),
  };
}

const down = (status: number) => () => json(errorBody(status, "E", "down"), status);

describe("stale-if-error", () => {
  it("serves the stale value for network errors, timeouts, 429 and 5xx within the window", async () => {
    const failures: [string, Reply][] = [
      ["500", down(500)],
      ["502", down(502)],
      ["503", down(503)],
      ["504", down(504)],
      ["429", down(429)],
      [
        "reset",
        () => {
          throw new TypeError("fetch failed");
        },
      ],
      ["hang", () => new Promise<Response>(() => {})],
      ["html", () => new Response("<html>bad gateway</html>", { status: 502 })],
      [
        "wrong shape",
        () => new Response("not json", { headers: { "content-type": "text/plain" } }),
      ],
    ];
    for (const [name, failure] of failures) {
      const t = setup({ staleIfError: 300 }, 50); // the hang must time out quickly
      expect(await t.read()).toEqual({ v: 1 });
      t.advance(10_000 + 120_000); // two minutes past expiry
      t.answer(failure);
      const value = await (name === "wrong shape"
        ? t.client.cache.read("p:k", async () => {
            const res = await t.client.sendAnonymous({ method: "GET", path: "/value" });
            if (typeof res.data !== "object") {
              const { InfisicalResponseError } = await import("../src/index");
              throw new InfisicalResponseError({
                status: 200,
                method: "GET",
                path: "/value",
                issues: ["body"],
              });
            }
            return res.data;
          })
        : t.read());
      expect(value, name).toEqual({ v: 1 });
      expect(t.stale, name).toMatchObject([{ key: "p:k", reason: "error", age: 120_000 }]);
      expect(t.stale[0]?.error, name).toBeDefined();
    }
  });

  it("lets 4xx through: the server has spoken about this very request", async () => {
    for (const status of [400, 401, 403, 404, 422]) {
      const t = setup({ staleIfError: 300 });
      await t.read();
      t.advance(20_000);
      t.answer(down(status));
      await expect(t.read()).rejects.toBeInstanceOf(InfisicalApiError);
      expect(t.stale).toEqual([]);
    }
  });

  it("surfaces the error past the window, and with no window at all", async () => {
    const t = setup({ staleIfError: 60 });
    await t.read();
    t.advance(10_000 + 60_001);
    t.answer(down(503));
    await expect(t.read()).rejects.toMatchObject({ status: 503 });

    const off = setup();
    await off.read();
    off.advance(11_000);
    off.answer(down(503));
    await expect(off.read()).rejects.toMatchObject({ status: 503 });
    expect([...t.stale, ...off.stale]).toEqual([]);
  });

  it("never stands in for the caller's own abort", async () => {
    const t = setup({ staleIfError: 300 });
    await t.read();
    t.advance(20_000);
    t.answer(() => new Promise<Response>(() => {}));
    const controller = new AbortController();
    const pending = t.read(controller.signal);
    controller.abort(new Error("caller left"));
    await expect(pending).rejects.toThrow("caller left");
  });

  it("keeps the entry in storage for ttl + the larger window", async () => {
    const ttls: (number | undefined)[] = [];
    const map = new Map<string, unknown>();
    const storage: StorageLike = {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v, opts) => {
        ttls.push(opts?.ttl);
        map.set(k, v);
      },
      removeItem: (k) => void map.delete(k),
      getKeys: () => [...map.keys()],
    };
    const t = setup({ storage, staleIfError: 300, staleWhileRevalidate: 30 });
    await t.read();
    expect(ttls).toEqual([310]);
    expect(map.get("p:k")).toEqual({ value: { v: 1 }, expiresAt: 1_000_000 + 10_000 });
  });
});

describe("stale-while-revalidate", () => {
  it("returns the stale value at once and refreshes once in the background", async () => {
    const background: Promise<unknown>[] = [];
    const t = setup({ staleWhileRevalidate: 30, waitUntil: (p) => void background.push(p) });
    await t.read();
    t.advance(15_000);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    t.answer(async () => {
      await gate;
      return json({ v: 2 });
    });
    const values = await Promise.all([t.read(), t.read(), t.read()]);
    expect(values).toEqual([{ v: 1 }, { v: 1 }, { v: 1 }]);
    expect(await t.read()).toEqual({ v: 1 }); // the refresh is still running
    expect(t.stale.map((s) => s.reason)).toEqual(["revalidate", "revalidate"]);
    expect(t.stale[0]?.age).toBe(5_000);
    release();
    await Promise.all(background);
    expect(t.server.calls).toHaveLength(2); // the first load and one shared refresh
    expect(await t.read()).toEqual({ v: 2 });
  });

  it("a failing refresh keeps the stale value and never rejects what waitUntil holds", async () => {
    const background: Promise<unknown>[] = [];
    const t = setup({ staleWhileRevalidate: 30, waitUntil: (p) => void background.push(p) });
    await t.read();
    t.advance(12_000);
    t.answer(down(500));
    expect(await t.read()).toEqual({ v: 1 });
    await expect(Promise.all(background)).resolves.toEqual([undefined]);
    expect(await t.read()).toEqual({ v: 1 });
    await Promise.all(background);
    // Past the revalidate window the load runs in front and its error surfaces.
    t.advance(30_000);
    await expect(t.read()).rejects.toMatchObject({ status: 500 });
  });

  // Thrown, or a rejected promise (an async callback): neither may fail a read or become an
  // unhandled rejection, which ends a Node process.
  for (const [how, fail] of [
    [
      "throws",
      (message: string) => {
        throw new Error(message);
      },
    ],
    [
      "rejects",
      async (message: string) => {
        throw new Error(message);
      },
    ],
  ] as const) {
    it(`survives a waitUntil or onStale that ${how}`, async () => {
      const unhandled: unknown[] = [];
      const record = (reason: unknown) => void unhandled.push(reason);
      process.on("unhandledRejection", record);
      try {
        let time = 0;
        const client = createClient({
          siteUrl: "http://emu.localhost",
          now: () => time,
          cache: {
            ttl: 1,
            staleWhileRevalidate: 10,
            waitUntil: () => fail("outside a request"),
            onStale: () => fail("hook bug"),
          },
        });
        let n = 0;
        const load = async () => ++n;
        expect(await client.cache.read("k", load)).toBe(1);
        time += 2_000;
        expect(await client.cache.read("k", load)).toBe(1);
        await new Promise((r) => setTimeout(r, 10));
        expect(await client.cache.read("k", load)).toBe(2);
        expect(unhandled).toEqual([]);
      } finally {
        process.off("unhandledRejection", record);
      }
    });
  }

  it("an invalidation while refreshing wins over the refresh", async () => {
    const background: Promise<unknown>[] = [];
    const t = setup({ staleWhileRevalidate: 30, waitUntil: (p) => void background.push(p) });
    await t.read();
    t.advance(12_000);
    t.answer(() => json({ v: 2 }));
    await t.read();
    await t.client.cache.invalidate("p");
    await Promise.all(background);
    t.answer(() => json({ v: 3 }));
    expect(await t.read()).toEqual({ v: 3 });
  });
});

describe("cache resilience and options", () => {
  it("reads through a storage that fails, without caching", async () => {
    const broken: StorageLike = {
      getItem: () => Promise.reject(new Error("KV down")),
      setItem: () => Promise.reject(new Error("KV down")),
      removeItem: () => {},
      getKeys: () => [],
    };
    const t = setup({ storage: broken, staleIfError: 60 });
    expect(await t.read()).toEqual({ v: 1 });
    expect(await t.read()).toEqual({ v: 1 });
    expect(t.server.calls).toHaveLength(2);
  });

  it("validates the stale options", () => {
    for (const cache of [
      { staleIfError: -1 },
      { staleWhileRevalidate: Number.NaN },
      { staleIfError: "60" },
      { waitUntil: "no" },
      { onStale: 1 },
    ]) {
      const field = `cache.${Object.keys(cache)[0]}`;
      const err = (() => {
        try {
          createClient({ cache: cache as never });
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(InfisicalValidationError);
      expect((err as InfisicalValidationError).field).toBe(field);
    }
  });
});
