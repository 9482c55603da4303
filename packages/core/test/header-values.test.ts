// Issue 13 item 6: header values (the access token, `headers`) are checked before sending,
// fetch's own error reasons are redacted, and a request fetch cannot even build is not retried.

import { describe, expect, it, vi } from "vitest";
import {
  type AuthMethod,
  createClient,
  InfisicalNetworkError,
  InfisicalResponseError,
  InfisicalValidationError,
} from "../src/index";
import { postLogin } from "../src/internal/index";
import { fakeFetch, json, loginBody } from "./fake-server";

const LOGIN = "/api/v1/auth/universal-auth/login";
const TOKEN_TAIL = "secret-token-tail-987";

const testAuth = (): AuthMethod => ({
  kind: "test",
  identity: () => "test-identity",
  login: (ctx) => postLogin(ctx, LOGIN, { clientId: "id", clientSecret: "cs-value" }),
});

const texts = (err: Error) => [err.message, JSON.stringify(err), String(err.stack)];

describe("header values", () => {
  it("refuses a login answer whose token cannot be sent, and sends nothing with it", async () => {
    const server = fakeFetch((call) =>
      call.path === LOGIN ? json(loginBody(`tok\n${TOKEN_TAIL}`)) : json({ ok: 1 }),
    );
    const client = createClient({
      siteUrl: "http://emu.localhost",
      fetch: server.fetch,
      auth: testAuth(),
    });
    const err = await client.send({ method: "GET", path: "/r" }).catch((e) => e);
    expect(err).toBeInstanceOf(InfisicalResponseError);
    expect(err.issues[0]).toBe("accessToken: expected a token of visible ASCII");
    for (const text of texts(err)) expect(text).not.toContain(TOKEN_TAIL);
    expect(server.calls.map((c) => c.path)).toEqual([LOGIN]);
  });

  it("names a bad `headers` value at createClient, never quoting it", () => {
    const err = (() => {
      try {
        createClient({ headers: { "X-Api-Key": `abc\r\n${TOKEN_TAIL}` } });
      } catch (e) {
        return e as InfisicalValidationError;
      }
    })();
    expect(err).toBeInstanceOf(InfisicalValidationError);
    expect(err?.field).toBe("headers.x-api-key");
    for (const text of texts(err as Error)) expect(text).not.toContain(TOKEN_TAIL);
    expect(() => createClient({ headers: { "bad name": "v" } })).toThrow(InfisicalValidationError);
  });

  it("refuses a token from a custom auth method that cannot be sent, on every request", async () => {
    const server = fakeFetch(() => json({ ok: 1 }));
    const client = createClient({
      siteUrl: "http://emu.localhost",
      fetch: server.fetch,
      auth: {
        kind: "custom",
        identity: () => "custom-identity",
        login: async () => ({
          accessToken: `tok\u0007${TOKEN_TAIL}`,
          expiresIn: 3600,
          accessTokenMaxTTL: 0,
        }),
      },
    });
    for (let i = 0; i < 2; i++) {
      const err = await client.send({ method: "GET", path: "/r" }).catch((e) => e);
      expect(err).toBeInstanceOf(InfisicalValidationError);
      expect(err.field).toBe("headers.authorization");
      for (const text of texts(err)) expect(text).not.toContain(TOKEN_TAIL);
    }
    expect(server.calls).toHaveLength(0);
  });

  it("checks per-request headers before any attempt", async () => {
    const server = fakeFetch(() => json({}));
    const client = createClient({ siteUrl: "http://emu.localhost", fetch: server.fetch });
    const err = await client
      .sendAnonymous({
        method: "GET",
        path: "/r",
        headers: { authorization: `Bearer \u0001${TOKEN_TAIL}` },
      })
      .catch((e) => e);
    expect(err).toBeInstanceOf(InfisicalValidationError);
    expect(err.field).toBe("headers.authorization");
    for (const text of texts(err)) expect(text).not.toContain(TOKEN_TAIL);
    expect(server.calls).toHaveLength(0);
  });
});

describe("network error reasons", () => {
  it("redacts the token and header values a fetch error quotes", async () => {
    const token = `tok-${TOKEN_TAIL}`;
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const auth = new Headers(init?.headers).get("authorization");
      if (!auth) return json(loginBody(token));
      throw new TypeError(`cannot send ${auth} / ${new Headers(init?.headers).get("x-key")}`);
    }) as typeof globalThis.fetch;
    const client = createClient({
      siteUrl: "http://emu.localhost",
      fetch,
      auth: testAuth(),
      headers: { "x-key": "header-secret-value" },
      retry: false,
    });
    const err = await client.send({ method: "GET", path: "/r" }).catch((e) => e);
    expect(err).toBeInstanceOf(InfisicalNetworkError);
    for (const text of texts(err)) {
      expect(text).not.toContain(TOKEN_TAIL);
      expect(text).not.toContain("header-secret-value");
    }
    expect(err.message).toContain("[redacted]");
  });

  it("does not retry a request fetch cannot build (a client-side TypeError)", async () => {
    let attempts = 0;
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      attempts++;
      return globalThis.fetch(new Request(input, init));
    }) as typeof globalThis.fetch;
    const client = createClient({
      siteUrl: "http://emu.localhost",
      fetch,
      retry: { retries: 3, minDelay: 1, maxDelay: 1 },
    });
    // Not an HTTP method: fetch refuses to build the request, every time.
    const err = await client
      .sendAnonymous({ method: "NOT A METHOD" as "GET", path: "/x", idempotent: true })
      .catch((e) => e);
    expect(err).toBeInstanceOf(InfisicalNetworkError);
    expect(attempts).toBe(1);
  });

  it("still retries a read after a real network failure", async () => {
    const server = fakeFetch(() => {
      throw new TypeError("fetch failed");
    });
    const client = createClient({
      siteUrl: "http://emu.localhost",
      fetch: server.fetch,
      retry: { retries: 2, minDelay: 1, maxDelay: 1 },
    });
    await expect(client.sendAnonymous({ method: "GET", path: "/r" })).rejects.toBeInstanceOf(
      InfisicalNetworkError,
    );
    expect(server.calls).toHaveLength(3);
  });
  it("sends one value per header name: the request's replaces the client's, whatever the case", async () => {
    const server = fakeFetch((call) =>
      call.path === LOGIN ? json(loginBody("tok-override-1")) : json({ ok: 1 }),
    );
    const client = createClient({
      siteUrl: "http://emu.localhost",
      fetch: server.fetch,
      auth: testAuth(),
      headers: { Authorization: "Basic proxy", Accept: "application/vnd.x+json", "X-Team": "t1" },
    });
    await client.send({ method: "GET", path: "/r", headers: { "X-TEAM": "t2" } });
    const sent = server.calls.at(-1)!.headers;
    expect(sent.get("authorization")).toBe("Bearer tok-override-1");
    expect(sent.get("accept")).toBe("application/vnd.x+json");
    expect(sent.get("x-team")).toBe("t2");
    // Without a token (a login), the client's own value goes out.
    expect(server.calls[0]!.headers.get("authorization")).toBe("Basic proxy");
  });

  // The global fetch (an instrumented one, here) may be handed the request's own header
  // record; a custom fetch always gets ofetch's Headers, which it may use as one.
  it.each([
    ["the global fetch", false],
    ["a custom fetch", true],
  ])("keeps the client's headers when %s changes the ones it is given", async (_, custom) => {
    const seen: (string | null)[] = [];
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const given = init?.headers;
      seen.push(new Headers(given).get("x-added"));
      if (given instanceof Headers) given.set("x-added", "leak");
      else (given as Record<string, string>)["x-added"] = "leak";
      return json({});
    }) as typeof globalThis.fetch;
    if (!custom) vi.stubGlobal("fetch", fetch);
    try {
      const client = createClient({
        siteUrl: "http://emu.localhost",
        ...(custom && { fetch }),
        headers: { "x-a": "1" },
      });
      for (let i = 0; i < 2; i++) await client.sendAnonymous({ method: "GET", path: "/r" });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(seen).toEqual([null, null]);
  });

  it("hands a custom fetch a Headers on every request, as before", async () => {
    const sent: string[] = [];
    const inner = fakeFetch((call) =>
      call.path === LOGIN ? json(loginBody("tok-signed-1")) : json({ ok: 1 }),
    );
    // A signing wrapper that adds its header with `Headers.set`.
    const fetch = ((input: RequestInfo | URL, init: RequestInit) => {
      (init.headers as Headers).set("x-signature", "sig");
      sent.push(`${new URL(String(input)).pathname} ${init.headers instanceof Headers}`);
      return inner.fetch(input, init);
    }) as typeof globalThis.fetch;
    const client = createClient({ siteUrl: "http://emu.localhost", fetch, auth: testAuth() });
    await client.send({ method: "GET", path: "/r" });
    expect(sent).toEqual([`${LOGIN} true`, "/r true"]);
    expect(inner.calls.map((c) => c.headers.get("x-signature"))).toEqual(["sig", "sig"]);
  });

  it("never quotes part of a long header value that a fetch error quotes", async () => {
    const key = `K${"k".repeat(200)}-long-api-key-tail`;
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      throw new Error(`upstream refused key ${new Headers(init?.headers).get("x-api-key")}`);
    }) as typeof globalThis.fetch;
    const client = createClient({
      siteUrl: "http://emu.localhost",
      fetch,
      headers: { "x-api-key": key },
      retry: false,
    });
    const err = await client.sendAnonymous({ method: "GET", path: "/r" }).catch((e) => e);
    expect(err).toBeInstanceOf(InfisicalNetworkError);
    expect(err.reason).toBe("Error: upstream refused key [redacted]");
    for (const text of texts(err)) expect(text).not.toContain(key.slice(0, 20));
  });

  // Through the runtime's fetch (stubbed here) without hooks, a bodiless request's header
  // record goes to fetch as it is; with a hook or a JSON body, through ofetch's Headers.
  // Every attempt carries the same headers.
  it.each([
    ["a GET, no hooks", "GET", undefined, {}],
    ["a GET, with a hook", "GET", undefined, { onRequest: () => {} }],
    ["a JSON POST, no hooks", "POST", { a: 1 }, {}],
  ] as const)("sends the same headers on every attempt of %s", async (_, method, body, hooks) => {
    const server = fakeFetch((call, i) =>
      call.path === LOGIN ? json(loginBody("tok-each-1")) : json({}, i < 3 ? 503 : 200),
    );
    vi.stubGlobal("fetch", server.fetch);
    const client = createClient({
      siteUrl: "http://emu.localhost",
      auth: testAuth(),
      headers: { "X-Team": "t1" },
      hooks,
      retry: { retries: 2, minDelay: 1, maxDelay: 1 },
    });
    try {
      await client.send({ method, path: "/r", body, idempotent: true });
    } finally {
      vi.unstubAllGlobals();
    }
    const attempts = server.calls.filter((c) => c.path === "/r");
    expect(attempts).toHaveLength(3);
    for (const { headers } of attempts) {
      expect(headers.get("authorization")).toBe("Bearer tok-each-1");
      expect(headers.get("x-team")).toBe("t1");
      expect(headers.get("accept")).toBe("application/json");
      expect(headers.get("content-type")).toBe(body ? "application/json" : null);
    }
    if (body) expect(attempts.map((c) => c.body)).toEqual([body, body, body]);
  });
});
