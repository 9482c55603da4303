// A load that fails (404, 401, 5xx, a network error) must not leave its lock behind: other
// processes (and later reads) would otherwise wait out lockTtl for an answer that never comes.
// The clock is frozen, so a lock that is not released never lapses and such a read never ends.

import { describe, expect, it } from "vitest";
import { postLogin } from "../src/auth-method";
import { createCache } from "../src/cache";
import { createClient } from "../src/client";
import { InfisicalApiError, InfisicalAuthError, InfisicalNetworkError } from "../src/errors";
import { lockedStorage, newLockOwner, type StorageLock } from "../src/locked-storage";
import { memoryStorage } from "../src/storage";
import { sealedTokenStore } from "../src/token-store";
import { errorBody, fakeFetch, json, loginBody } from "./fake-server";

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

function world(staleIfError = 0) {
  let time = Date.parse("2026-11-29T10:00:00Z");
  const now = () => time;
  const store = memoryStorage();
  const lock = sharedLock(now);
  const process = () =>
    createCache(
      {
        storage: lockedStorage(store, { lock, lockTtl: 600_000, poll: 1, now }),
        ttl: 60,
        staleIfError,
      },
      now,
    );
  return { lock, process, advance: (ms: number) => (time += ms) };
}

const notFound = () =>
  new InfisicalApiError({
    status: 404,
    serverMessage: "not found",
    method: "GET",
    path: "/api/v4/secrets/K",
  });
const outage = () =>
  new InfisicalNetworkError({ method: "GET", path: "/api/v4/secrets/K", reason: "reset" });

describe("lockedStorage lets go of the lock when the load fails", () => {
  it("after a 404, the key's lock is free and the next reader loads at once", async () => {
    const { lock, process } = world();
    const [a, b] = [process(), process()];
    await expect(a.read("k", async () => Promise.reject(notFound()))).rejects.toBeInstanceOf(
      InfisicalApiError,
    );
    const owner = await lock.acquire("k", 1000);
    expect(owner).toBeDefined();
    await lock.release("k", owner as string);
    let loads = 0;
    expect(await b.read("k", async () => `v${++loads}`)).toBe("v1");
    expect(loads).toBe(1);
  });

  it("with staleIfError, every process gets the stale value during an outage, none waits", async () => {
    const { process, advance } = world(300);
    const [a, b] = [process(), process()];
    expect(await a.read("k", async () => "cached")).toBe("cached");
    advance(61_000);
    let attempts = 0;
    const down = async () => {
      attempts++;
      throw outage();
    };
    expect(await a.read("k", down)).toBe("cached");
    expect(await b.read("k", down)).toBe("cached");
    expect(await a.read("k", down)).toBe("cached");
    expect(attempts).toBe(3);
  });
});

describe("a failed login frees the token-store lock", () => {
  it("the next client logs in at once instead of waiting for the lock", async () => {
    const time = Date.parse("2026-11-29T10:00:00Z");
    const now = () => time;
    const store = memoryStorage();
    const lock = sharedLock(now);
    const LOGIN = "/api/v1/auth/universal-auth/login";
    const server = fakeFetch((call) => {
      if (call.path !== LOGIN) return json({ ok: true });
      return call.body.clientSecret === "right"
        ? json(loginBody("tok-1"))
        : json(errorBody(401, "UnauthorizedError", "Invalid credentials"), 401);
    });
    const client = (clientSecret: string) =>
      createClient({
        siteUrl: "http://emu.localhost",
        fetch: server.fetch,
        now,
        auth: {
          kind: "test",
          identity: () => "same-identity",
          login: (ctx) => postLogin(ctx, LOGIN, { clientId: "id", clientSecret }),
        },
        tokenStore: sealedTokenStore({
          storage: lockedStorage(store, { lock, lockTtl: 600_000, poll: 1, now }),
          secret: "store-secret",
        }),
      });
    await expect(client("wrong").send({ method: "GET", path: "/r" })).rejects.toBeInstanceOf(
      InfisicalAuthError,
    );
    await client("right").send({ method: "GET", path: "/r" });
    expect(server.calls.filter((c) => c.path === LOGIN)).toHaveLength(2);
  });
});
