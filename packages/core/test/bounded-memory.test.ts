// Memory stays bounded under many distinct keys: the LRU store, the single-flight maps
// (cache reads, loads, logins) and the slug memo. And one caller's abort never fails others.

import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import {
  type AuthMethod,
  createClient,
  InfisicalValidationError,
  memoryStorage,
} from "../src/index";
import { postLogin, resolveProjectId } from "../src/internal/index";
import { createSingleFlight } from "../src/single-flight";
import { fakeFetch, json, loginBody } from "./fake-server";

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("single-flight", () => {
  it("holds no entry once work settles, however many distinct keys ran", async () => {
    const flights = createSingleFlight();
    const runs = Array.from({ length: 10_000 }, (_, i) =>
      flights.run(`k${i}`, async () => {
        await tick();
        if (i % 3 === 0) throw new Error("failed");
        return i;
      }),
    );
    expect(flights.size).toBe(10_000);
    await Promise.allSettled(runs);
    expect(flights.size).toBe(0);
  });

  it("drops work that never settles once all its waiters have aborted", async () => {
    const flights = createSingleFlight();
    const aborted: unknown[] = [];
    const controllers = Array.from({ length: 2_000 }, () => new AbortController());
    const runs = controllers.map((c, i) =>
      flights.run(
        `hung${i}`,
        (signal) =>
          new Promise((_, reject) => {
            signal?.addEventListener("abort", () => {
              aborted.push(signal.reason);
              reject(signal.reason);
            });
          }),
        c.signal,
      ),
    );
    for (const c of controllers) c.abort(new Error("gave up"));
    await Promise.allSettled(runs);
    expect(flights.size).toBe(0);
    expect(aborted).toHaveLength(2_000);
  });

  it("one waiter's abort ends only its own wait; the work goes on for the others", async () => {
    const flights = createSingleFlight();
    let release!: (v: string) => void;
    let workSignal: AbortSignal | undefined;
    const work = (signal?: AbortSignal) => {
      workSignal = signal;
      return new Promise<string>((r) => (release = r));
    };
    const a = new AbortController();
    const b = new AbortController();
    const first = flights.run("k", work, a.signal);
    const second = flights.run("k", work, b.signal);
    const third = flights.run("k", work); // no signal: the work is never aborted
    a.abort(new Error("a left"));
    b.abort(new Error("b left"));
    await expect(first).rejects.toThrow("a left");
    await expect(second).rejects.toThrow("b left");
    expect(workSignal?.aborted).toBe(false);
    release("done");
    await expect(third).resolves.toBe("done");
  });

  it("work started by a waiter without a signal gets none: later waiters cannot abort it", async () => {
    const flights = createSingleFlight();
    let release!: (v: string) => void;
    const signals: (AbortSignal | undefined)[] = [];
    const work = (signal?: AbortSignal) => {
      signals.push(signal);
      return new Promise<string>((r) => (release = r));
    };
    const first = flights.run("k", work);
    const b = new AbortController();
    const second = flights.run("k", work, b.signal);
    b.abort(new Error("b left"));
    await expect(second).rejects.toThrow("b left");
    release("done");
    await expect(first).resolves.toBe("done");
    expect(signals).toEqual([undefined]);
  });

  it("aborts the shared work when its last waiter leaves, and starts afresh after", async () => {
    const flights = createSingleFlight();
    let calls = 0;
    const work = (signal?: AbortSignal) =>
      new Promise<number>((resolve, reject) => {
        const n = ++calls;
        if (n > 1) return resolve(n);
        signal?.addEventListener("abort", () => reject(signal.reason));
      });
    const a = new AbortController();
    const first = flights.run("k", work, a.signal);
    a.abort(new Error("left"));
    await expect(first).rejects.toThrow("left");
    await expect(flights.run("k", work)).resolves.toBe(2);
  });
});

describe("cache and client maps", () => {
  it("the default memory store keeps at most maxEntries under unique keys", async () => {
    const storage = memoryStorage({ maxEntries: 100 });
    const client = createClient({ siteUrl: "http://emu.localhost", cache: { storage } });
    for (let i = 0; i < 2_000; i++) await client.cache.read(`p:${i}`, async () => i);
    expect((await storage.getKeys()).length).toBe(100);
    expect(() => memoryStorage({ maxEntries: Number.NaN })).toThrow(InfisicalValidationError);
    expect(() => memoryStorage({ maxEntries: 0 })).toThrow(InfisicalValidationError);
    expect(() => memoryStorage({ maxEntries: Number.POSITIVE_INFINITY })).toThrow(
      InfisicalValidationError,
    );
  });

  it("forgets old project slugs past its limit and never keeps failed lookups", async () => {
    const server = fakeFetch((call) =>
      call.path.includes("missing")
        ? json({ statusCode: 404, message: "no", error: "NotFound" }, 404)
        : json({ id: `id-${call.path}` }),
    );
    const auth: AuthMethod = {
      kind: "static",
      identity: () => "id",
      login: async () => ({
        accessToken: "t",
        expiresIn: Number.POSITIVE_INFINITY,
        accessTokenMaxTTL: 0,
      }),
    };
    const client = createClient({ siteUrl: "http://emu.localhost", fetch: server.fetch, auth });
    for (let i = 0; i < 300; i++) await resolveProjectId(client, { projectSlug: `slug-${i}` });
    for (let i = 0; i < 300; i++) {
      await resolveProjectId(client, { projectSlug: `missing-${i}` }).catch(() => {});
    }
    expect(client.projectIds.size).toBeLessThanOrEqual(100);
  });

  it("a login shared by many callers survives the first caller's abort", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const server = fakeFetch(async (call) => {
      if (call.path.includes("login")) {
        await gate;
        return json(loginBody("tok-1"));
      }
      return json({ ok: true });
    });
    const auth: AuthMethod = {
      kind: "test",
      identity: () => "id",
      login: (ctx) => postLogin(ctx, "/api/v1/auth/universal-auth/login", { clientId: "a" }),
    };
    const client = createClient({ siteUrl: "http://emu.localhost", fetch: server.fetch, auth });
    const impatient = new AbortController();
    const first = client.send({ method: "GET", path: "/r", signal: impatient.signal });
    const second = client.send({ method: "GET", path: "/r" });
    await tick();
    impatient.abort(new Error("impatient"));
    await expect(first).rejects.toThrow("impatient");
    release();
    await expect(second).resolves.toMatchObject({ data: { ok: true } });
    expect(server.calls.filter((c) => c.path.includes("login"))).toHaveLength(1);
  });

  // 1,000 calls with retries: well under a second when the machine is free; no timing asserted.
  it("leaves no listener on a long-lived caller signal after many calls", {
    timeout: 60_000,
  }, async () => {
    const server = fakeFetch((_, i) => (i % 2 ? json({ ok: 1 }) : json({ statusCode: 503 }, 503)));
    const client = createClient({
      siteUrl: "http://emu.localhost",
      fetch: server.fetch,
      retry: { retries: 1, minDelay: 1, maxDelay: 1 },
      cache: false,
    });
    const app = new AbortController();
    for (let i = 0; i < 500; i++) {
      await client.sendAnonymous({ method: "GET", path: `/r${i}`, signal: app.signal });
      await client.cache.read(`p:${i}`, async () => i, { signal: app.signal });
    }
    expect(getEventListeners(app.signal, "abort")).toHaveLength(0);
  });

  it("cache reads sharing a load: one abort does not fail the others", async () => {
    const client = createClient({ siteUrl: "http://emu.localhost" });
    let release!: (v: string) => void;
    const load = () => new Promise<string>((r) => (release = r));
    const a = new AbortController();
    const first = client.cache.read("p:k", load, { signal: a.signal });
    const second = client.cache.read("p:k", load, { signal: new AbortController().signal });
    await tick();
    a.abort(new Error("a left"));
    await expect(first).rejects.toThrow("a left");
    release("value");
    await expect(second).resolves.toBe("value");
  });
});
