import { describe, expect, it } from "vitest";
import {
  type AuthMethod,
  createClient,
  InfisicalValidationError,
  memoryStorage,
  type StorageLike,
  sealedTokenStore,
} from "../src/index";
import { postLogin } from "../src/internal/index";
import { errorBody, fakeFetch, json, loginBody } from "./fake-server";

const LOGIN = "/api/v1/auth/universal-auth/login";
const RENEW = "/api/v1/auth/token/renew";
const SECRET = "cs-token-store-test-9a8b7c";

const method = (): AuthMethod => ({
  kind: "test",
  identity: () => "identity-hash",
  login: (ctx) => postLogin(ctx, LOGIN, { clientId: "id", clientSecret: SECRET }),
});

/** A server that logs in with tok-1, tok-2... and answers everything else with `{}`. */
function server(options: { ttl?: number; reject?: Set<string> } = {}) {
  let n = 0;
  return fakeFetch((call) => {
    if (call.path === LOGIN) return json(loginBody(`tok-${++n}`, options.ttl ?? 3600));
    if (call.path === RENEW) return json(loginBody(`tok-${++n}`, options.ttl ?? 3600));
    const bearer = call.headers.get("authorization")?.slice("Bearer ".length) ?? "";
    if (options.reject?.has(bearer)) return json(errorBody(401, "UnauthorizedError", "no"), 401);
    return json({});
  });
}

function client(
  fetch: typeof globalThis.fetch,
  storage: StorageLike,
  extra: { secret?: string; now?: () => number; auth?: AuthMethod } = {},
) {
  return createClient({
    siteUrl: "http://emu.localhost",
    fetch,
    auth: extra.auth ?? method(),
    now: extra.now,
    retry: false,
    tokenStore: sealedTokenStore({ storage, secret: extra.secret ?? SECRET }),
  });
}

const logins = (calls: { path: string }[]) => calls.filter((c) => c.path === LOGIN).length;
const bearers = (calls: { path: string; headers: Headers }[]) =>
  calls.filter((c) => c.path === "/r").map((c) => c.headers.get("authorization"));

describe("shared token store", () => {
  it("a second client (a cold isolate) reuses the stored token instead of logging in", async () => {
    const storage = memoryStorage();
    const upstream = server();
    await client(upstream.fetch, storage).send({ method: "GET", path: "/r" });
    await client(upstream.fetch, storage).send({ method: "GET", path: "/r" });
    expect(logins(upstream.calls)).toBe(1);
    expect(bearers(upstream.calls)).toEqual(["Bearer tok-1", "Bearer tok-1"]);
  });

  it("stores the token sealed, under a key that names neither the token nor the secret", async () => {
    const storage = memoryStorage();
    await client(server().fetch, storage).send({ method: "GET", path: "/r" });
    const keys = await storage.getKeys("");
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^ie1-token:[0-9a-f]{16}:identity-hash$/);
    const stored = JSON.stringify(await storage.getItem(keys[0] as string));
    expect(stored).not.toContain("tok-1");
    expect(stored).not.toContain(SECRET);
  });

  it("a client without the same secret cannot use the stored token and logs in itself", async () => {
    const storage = memoryStorage();
    const upstream = server();
    await client(upstream.fetch, storage).send({ method: "GET", path: "/r" });
    await client(upstream.fetch, storage, { secret: "another-secret" }).send({
      method: "GET",
      path: "/r",
    });
    expect(logins(upstream.calls)).toBe(2);
    expect(bearers(upstream.calls)).toEqual(["Bearer tok-1", "Bearer tok-2"]);
  });

  it("a tampered entry is ignored (AES-GCM authenticates it)", async () => {
    const storage = memoryStorage();
    const upstream = server();
    await client(upstream.fetch, storage).send({ method: "GET", path: "/r" });
    const [key] = await storage.getKeys("");
    const entry = (await storage.getItem(key as string)) as { v: number; sealed: string };
    const flipped = entry.sealed.slice(0, -4) + (entry.sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
    await storage.setItem(key as string, { ...entry, sealed: flipped });
    await client(upstream.fetch, storage).send({ method: "GET", path: "/r" });
    expect(logins(upstream.calls)).toBe(2);
  });

  it("after the server rejects the stored token, logs in again and stores the new one", async () => {
    const storage = memoryStorage();
    const reject = new Set<string>();
    const upstream = server({ reject });
    await client(upstream.fetch, storage).send({ method: "GET", path: "/r" });
    reject.add("tok-1"); // revoked elsewhere
    await client(upstream.fetch, storage).send({ method: "GET", path: "/r" });
    await client(upstream.fetch, storage).send({ method: "GET", path: "/r" });
    expect(logins(upstream.calls)).toBe(2);
    expect(bearers(upstream.calls)).toEqual([
      "Bearer tok-1",
      "Bearer tok-1",
      "Bearer tok-2",
      "Bearer tok-2",
    ]);
  });

  it("renews a stored token near its expiry and shares the renewed one", async () => {
    let time = 1_000_000;
    const storage = memoryStorage();
    const upstream = server({ ttl: 100 });
    await client(upstream.fetch, storage, { now: () => time }).send({ method: "GET", path: "/r" });
    time += 95_000; // inside the renew margin of a 100 s token
    await client(upstream.fetch, storage, { now: () => time }).send({ method: "GET", path: "/r" });
    await client(upstream.fetch, storage, { now: () => time }).send({ method: "GET", path: "/r" });
    expect(upstream.calls.filter((c) => c.path === RENEW)).toHaveLength(1);
    expect(logins(upstream.calls)).toBe(1);
    expect(bearers(upstream.calls)).toEqual(["Bearer tok-1", "Bearer tok-2", "Bearer tok-2"]);
  });

  it("ignores an expired stored token", async () => {
    let time = 1_000_000;
    const storage = memoryStorage();
    const upstream = server({ ttl: 100 });
    await client(upstream.fetch, storage, { now: () => time }).send({ method: "GET", path: "/r" });
    time += 200_000;
    await client(upstream.fetch, storage, { now: () => time }).send({ method: "GET", path: "/r" });
    expect(logins(upstream.calls)).toBe(2);
  });

  it("revoking removes the token from the store", async () => {
    const storage = memoryStorage();
    const first = client(server().fetch, storage);
    await first.send({ method: "GET", path: "/r" });
    expect(await storage.getKeys("")).toHaveLength(1);
    await first.session.revoke();
    expect(await storage.getKeys("")).toHaveLength(0);
  });

  it("keeps working when the store fails", async () => {
    const broken: StorageLike = {
      getItem: () => Promise.reject(new Error("store down")),
      setItem: () => Promise.reject(new Error("store down")),
      removeItem: () => undefined,
      getKeys: () => [],
    };
    const upstream = server();
    await client(upstream.fetch, broken).send({ method: "GET", path: "/r" });
    expect(bearers(upstream.calls)).toEqual(["Bearer tok-1"]);
  });

  it("never stores a token-auth token (there is no login to save)", async () => {
    const storage = memoryStorage();
    const auth: AuthMethod = {
      kind: "token-auth",
      identity: () => "token-identity",
      login: async () => ({ accessToken: "static", expiresIn: Infinity, accessTokenMaxTTL: 0 }),
      canRelogin: false,
    };
    await client(server().fetch, storage, { auth }).send({ method: "GET", path: "/r" });
    expect(await storage.getKeys("")).toEqual([]);
  });

  it("rejects a token store without a secret before any request", () => {
    const upstream = server();
    expect(() =>
      createClient({
        fetch: upstream.fetch,
        tokenStore: sealedTokenStore({ storage: memoryStorage(), secret: "" }),
      }),
    ).toThrow(InfisicalValidationError);
    expect(upstream.calls).toHaveLength(0);
  });

  it("checks the store's storage and secret when it is built", () => {
    const fieldOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(InfisicalValidationError);
        return (error as InfisicalValidationError).field;
      }
    };
    const bad = { getItem: () => null } as never;
    expect(fieldOf(() => sealedTokenStore({ storage: bad, secret: "s" }))).toBe(
      "tokenStore.storage.setItem",
    );
    expect(fieldOf(() => sealedTokenStore({ storage: memoryStorage(), secret: "" }))).toBe(
      "tokenStore.secret",
    );
  });

  it("refuses plain { storage, secret } and names sealedTokenStore, without the secret", () => {
    const plain = { storage: memoryStorage(), secret: "plain-secret-value" };
    let caught: unknown;
    try {
      // @ts-expect-error the option takes the result of sealedTokenStore(...)
      createClient({ tokenStore: plain });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InfisicalValidationError);
    const message = (caught as Error).message;
    expect(message).toContain("tokenStore");
    expect(message).toContain("sealedTokenStore");
    expect(message).not.toContain("plain-secret-value");
  });
});
