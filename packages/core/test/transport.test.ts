import { describe, expect, it } from "vitest";
import {
  createClient,
  InfisicalApiError,
  InfisicalAuthError,
  InfisicalNetworkError,
  InfisicalTimeoutError,
} from "../src/index";
import { errorBody, fakeFetch, json } from "./fake-server";

const fast = { retries: 2, minDelay: 1, maxDelay: 5 };

function client(fetch: typeof globalThis.fetch, extra: object = {}) {
  return createClient({ siteUrl: "http://emu.localhost", fetch, retry: fast, ...extra });
}

describe("transport retries", () => {
  it("retries an idempotent GET on 503 and then succeeds", async () => {
    const server = fakeFetch((_, i) =>
      i < 2 ? json(errorBody(503, "X", "busy"), 503) : json({ ok: 1 }),
    );
    const res = await client(server.fetch).sendAnonymous({ method: "GET", path: "/x" });
    expect(res.data).toEqual({ ok: 1 });
    expect(server.calls).toHaveLength(3);
  });

  it("gives up after the configured number of retries", async () => {
    const server = fakeFetch(() => json(errorBody(502, "BadGateway", "down"), 502));
    await expect(client(server.fetch).sendAnonymous({ method: "GET", path: "/x" })).rejects.toThrow(
      InfisicalApiError,
    );
    expect(server.calls).toHaveLength(3);
  });

  it("never repeats a POST after a 503 (it may have reached the server)", async () => {
    const server = fakeFetch(() => json(errorBody(503, "X", "busy"), 503));
    await expect(
      client(server.fetch).sendAnonymous({ method: "POST", path: "/x", body: {} }),
    ).rejects.toMatchObject({ status: 503 });
    expect(server.calls).toHaveLength(1);
  });

  it("repeats a POST after 429 and honours Retry-After", async () => {
    const server = fakeFetch((_, i) =>
      i === 0
        ? json(errorBody(429, "RateLimitError", "slow down"), 429, { "retry-after": "0.05" })
        : json({}),
    );
    const started = Date.now();
    await client(server.fetch).sendAnonymous({ method: "POST", path: "/x", body: {} });
    expect(server.calls).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("does not wait for a Retry-After longer than the cap", async () => {
    const server = fakeFetch(() =>
      json(errorBody(429, "RateLimitError", "later"), 429, { "retry-after": "3600" }),
    );
    await expect(
      client(server.fetch).sendAnonymous({ method: "GET", path: "/x" }),
    ).rejects.toMatchObject({
      status: 429,
    });
    expect(server.calls).toHaveLength(1);
  });

  it("does not retry 409 or 500 even for GET", async () => {
    for (const status of [409, 500]) {
      const server = fakeFetch(() => json(errorBody(status, "E", "no"), status));
      await expect(
        client(server.fetch).sendAnonymous({ method: "GET", path: "/x" }),
      ).rejects.toMatchObject({
        status,
      });
      expect(server.calls).toHaveLength(1);
    }
  });

  it("retries network errors for GET but not for POST", async () => {
    const failing = fakeFetch(() => {
      throw new TypeError("fetch failed");
    });
    await expect(
      client(failing.fetch).sendAnonymous({ method: "GET", path: "/x" }),
    ).rejects.toThrow(InfisicalNetworkError);
    expect(failing.calls).toHaveLength(3);
    const failingPost = fakeFetch(() => {
      throw new TypeError("fetch failed");
    });
    await expect(
      client(failingPost.fetch).sendAnonymous({ method: "POST", path: "/x", body: {} }),
    ).rejects.toThrow(InfisicalNetworkError);
    expect(failingPost.calls).toHaveLength(1);
  });
});

describe("timeouts and abort signals", () => {
  const hang = (_call: unknown) =>
    new Promise<Response>(() => {
      /* never answers */
    });

  it("times out a hung request with InfisicalTimeoutError", async () => {
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      })) as typeof globalThis.fetch;
    const err = await client(fetch, { timeout: 30 })
      .sendAnonymous({ method: "GET", path: "/slow" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(InfisicalTimeoutError);
    expect(err.timeout).toBe(30);
    void hang;
  });

  it("a custom fetch's body whose cancel throws or returns no promise cannot crash the process", async () => {
    const thrown: unknown[] = [];
    const record = (error: unknown) => void thrown.push(error);
    process.on("uncaughtException", record);
    process.on("unhandledRejection", record);
    try {
      for (const cancel of [
        () => undefined,
        () => {
          throw new Error("cancel failed");
        },
      ]) {
        const body = { getReader: () => ({ read: () => new Promise(() => {}), cancel }), cancel };
        // The body hangs; so does a second answer that arrives after the timeout.
        const fetch = (async () =>
          ({
            status: 200,
            headers: new Headers(),
            body,
          }) as unknown as Response) as typeof globalThis.fetch;
        const err = await client(fetch, { timeout: 30, retry: false })
          .sendAnonymous({ method: "GET", path: "/hung-body" })
          .catch((e) => e);
        expect(err).toBeInstanceOf(InfisicalTimeoutError);
        let late: (response: Response) => void = () => {};
        const ignoring = (() =>
          new Promise<Response>((resolve) => {
            late = resolve;
          })) as typeof globalThis.fetch;
        const err2 = await client(ignoring, { timeout: 30, retry: false })
          .sendAnonymous({ method: "GET", path: "/ignores-signal" })
          .catch((e) => e);
        expect(err2).toBeInstanceOf(InfisicalTimeoutError);
        late({ status: 200, headers: new Headers(), body } as unknown as Response);
      }
      await new Promise((r) => setTimeout(r, 20));
      expect(thrown).toEqual([]);
    } finally {
      process.off("uncaughtException", record);
      process.off("unhandledRejection", record);
    }
  });

  it("rejects with the caller's abort reason", async () => {
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      })) as typeof globalThis.fetch;
    const controller = new AbortController();
    const pending = client(fetch).sendAnonymous({
      method: "GET",
      path: "/x",
      signal: controller.signal,
    });
    controller.abort(new Error("caller gave up"));
    await expect(pending).rejects.toThrow("caller gave up");
  });

  it("stops waiting between retries when the caller aborts", async () => {
    const server = fakeFetch(() => json(errorBody(503, "X", "busy"), 503, { "retry-after": "5" }));
    const controller = new AbortController();
    const pending = createClient({
      siteUrl: "http://emu.localhost",
      fetch: server.fetch,
      retry: { retries: 3, maxRetryAfter: 10_000 },
    }).sendAnonymous({ method: "GET", path: "/x", signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 20);
    const started = Date.now();
    await expect(pending).rejects.toThrow("stop");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.calls).toHaveLength(1);
  });
});

describe("query encoding", () => {
  it("encodes a query object on every request, a frozen one once, with the same result", async () => {
    const server = fakeFetch(() => json({}));
    const c = client(server.fetch);
    const query: Record<string, string | undefined> = { environment: "dev", secretPath: "/a b" };
    await c.sendAnonymous({ method: "GET", path: "/r", query });
    // A caller may change its object between requests: each request sends what it holds.
    query.environment = "prod";
    query.secretPath = undefined;
    await c.sendAnonymous({ method: "GET", path: "/r", query });
    const frozen = Object.freeze({ environment: "dev", secretPath: "/a b", version: undefined });
    await c.sendAnonymous({ method: "GET", path: "/r", query: frozen });
    await c.sendAnonymous({ method: "GET", path: "/s", query: frozen });
    expect(server.calls.map((call) => call.path)).toEqual([
      "/r?environment=dev&secretPath=%2Fa+b",
      "/r?environment=prod",
      "/r?environment=dev&secretPath=%2Fa+b",
      "/s?environment=dev&secretPath=%2Fa+b",
    ]);
  });
});

describe("error mapping", () => {
  it("carries status, server message, error kind, request id, method and path", async () => {
    const server = fakeFetch(() =>
      json(errorBody(404, "NotFound", "Secret with name 'X' not found"), 404),
    );
    const err = await client(server.fetch)
      .sendAnonymous({ method: "GET", path: "/api/v4/secrets/X", query: { environment: "dev" } })
      .catch((e) => e);
    expect(err).toBeInstanceOf(InfisicalApiError);
    expect(err).toMatchObject({
      status: 404,
      error: "NotFound",
      serverMessage: "Secret with name 'X' not found",
      requestId: "req-test123",
      method: "GET",
      path: "/api/v4/secrets/X",
    });
    expect(err.message).toContain("404");
  });

  it("joins 422 validation issues into one message", async () => {
    const issues = [{ code: "invalid_type", path: ["projectId"], message: "Required" }];
    const server = fakeFetch(() => json(errorBody(422, "ValidationFailure", issues), 422));
    const err = await client(server.fetch)
      .sendAnonymous({ method: "GET", path: "/x" })
      .catch((e) => e);
    expect(err.serverMessage).toBe("projectId: Required");
  });

  it("maps 403 TokenError and 401 to InfisicalAuthError", async () => {
    for (const [status, kind] of [
      [403, "TokenError"],
      [401, "UnauthorizedError"],
    ] as const) {
      const server = fakeFetch(() => json(errorBody(status, kind, "bad token"), status));
      const err = await client(server.fetch)
        .sendAnonymous({ method: "GET", path: "/x" })
        .catch((e) => e);
      expect(err).toBeInstanceOf(InfisicalAuthError);
    }
    const denied = fakeFetch(() => json(errorBody(403, "PermissionDenied", "no"), 403));
    const err = await client(denied.fetch)
      .sendAnonymous({ method: "GET", path: "/x" })
      .catch((e) => e);
    expect(err).not.toBeInstanceOf(InfisicalAuthError);
    expect(err).toBeInstanceOf(InfisicalApiError);
  });

  it("redacts request secrets echoed by the server and truncates HTML pages", async () => {
    const secret = "super-secret-value-123";
    const echo = fakeFetch(() => json(errorBody(400, "BadRequest", `bad value ${secret}`), 400));
    const err = await client(echo.fetch)
      .sendAnonymous({ method: "POST", path: "/x", body: { secretValue: secret } })
      .catch((e) => e);
    expect(err.message).not.toContain(secret);
    expect(JSON.stringify(err)).not.toContain(secret);
    expect(err.serverMessage).toContain("[redacted]");

    const html = `<html>${"x".repeat(5000)}</html>`;
    const page = fakeFetch(
      () => new Response(html, { status: 502, headers: { "content-type": "text/html" } }),
    );
    const err2 = await createClient({
      siteUrl: "http://emu.localhost",
      fetch: page.fetch,
      retry: false,
    })
      .sendAnonymous({ method: "GET", path: "/x" })
      .catch((e) => e);
    expect(err2.status).toBe(502);
    expect(err2.serverMessage.length).toBeLessThan(400);
  });
});
