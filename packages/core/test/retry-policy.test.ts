// The retry policy under faults: bounded attempts and total time, Retry-After, what is safe
// to repeat, and timeouts that cover a hung body as well as hung headers.

import { describe, expect, it } from "vitest";
import {
  type ClientConfig,
  createClient,
  InfisicalApiError,
  InfisicalNetworkError,
  InfisicalResponseError,
  InfisicalTimeoutError,
  InfisicalValidationError,
} from "../src/index";
import { parseBody, readText } from "../src/response-body";
import { errorBody, fakeFetch, json } from "./fake-server";

const fast = { retries: 2, minDelay: 1, maxDelay: 4 };
const client = (fetch: typeof globalThis.fetch, extra: Partial<ClientConfig> = {}) =>
  createClient({ siteUrl: "http://emu.localhost", fetch, retry: fast, timeout: 200, ...extra });
const fail = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

/** Headers arrive at once; the body sends `head` and then never ends (or errors). */
function stalledBody(head: string, then: "hang" | "error" | "close") {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(head));
      if (then === "error") controller.error(new TypeError("terminated"));
      if (then === "close") controller.close();
    },
  });
}

/** A fetch that ignores its signal entirely, like an in-process handler that hangs. */
const deafFetch = (answer: () => Response | Promise<Response>) => fakeFetch(() => answer());

describe("bounded attempts", () => {
  it("makes exactly retries + 1 attempts for a read that keeps failing", async () => {
    for (const retries of [0, 1, 3]) {
      const server = fakeFetch(() => json(errorBody(503, "X", "busy"), 503));
      const err = await fail(
        client(server.fetch, { retry: { ...fast, retries } }).sendAnonymous({
          method: "GET",
          path: "/x",
        }),
      );
      expect(err).toBeInstanceOf(InfisicalApiError);
      expect(server.calls).toHaveLength(retries + 1);
    }
  });

  it("stops retrying when the time budget is spent, whatever the retry count", async () => {
    const server = fakeFetch(() => json(errorBody(503, "X", "busy"), 503));
    const c = client(server.fetch, {
      timeout: 20,
      retry: { retries: 10, minDelay: 30, maxDelay: 30, maxElapsed: 50 },
    });
    await expect(c.sendAnonymous({ method: "GET", path: "/x" })).rejects.toMatchObject({
      status: 503,
    });
    // 30 ms waits in a 50 ms budget: one or two attempts, never eleven.
    expect(server.calls.length).toBeLessThanOrEqual(2);
  });

  it("rejects retry options that would make the policy unbounded", () => {
    for (const retry of [
      { retries: Number.POSITIVE_INFINITY },
      { retries: -1 },
      { retries: 1.5 },
      { retries: 11 },
      { maxElapsed: Number.NaN },
      { minDelay: -5 },
      Number.NaN,
      "3",
      true,
    ]) {
      expect(() => createClient({ retry: retry as never })).toThrow(InfisicalValidationError);
    }
    expect(() => createClient({ retry: { retries: 10, maxDelay: 0 } })).not.toThrow();
  });
});

describe("what is safe to repeat", () => {
  it("retries a timed-out read but never a timed-out write", async () => {
    const hang = () => new Promise<Response>(() => {});
    const read = deafFetch(hang);
    expect(
      await fail(client(read.fetch, { timeout: 20 }).sendAnonymous({ method: "GET", path: "/x" })),
    ).toBeInstanceOf(InfisicalTimeoutError);
    expect(read.calls).toHaveLength(3);

    const write = deafFetch(hang);
    expect(
      await fail(
        client(write.fetch, { timeout: 20 }).sendAnonymous({
          method: "PATCH",
          path: "/x",
          body: {},
        }),
      ),
    ).toBeInstanceOf(InfisicalTimeoutError);
    expect(write.calls).toHaveLength(1);
  });

  it("never repeats a write after 500/502/503/504 or a reset, but repeats it after 429", async () => {
    for (const status of [500, 502, 503, 504]) {
      const server = fakeFetch(() => json(errorBody(status, "E", "down"), status));
      await fail(client(server.fetch).sendAnonymous({ method: "POST", path: "/x", body: {} }));
      expect(server.calls).toHaveLength(1);
    }
    const reset = fakeFetch(() => {
      throw new TypeError("fetch failed", { cause: { code: "ECONNRESET" } });
    });
    const err = await fail(
      client(reset.fetch).sendAnonymous({ method: "DELETE", path: "/x", body: {} }),
    );
    expect(err).toBeInstanceOf(InfisicalNetworkError);
    expect(String(err)).toContain("ECONNRESET");
    expect(reset.calls).toHaveLength(1);

    const limited = fakeFetch((_, i) =>
      i === 0
        ? json(errorBody(429, "RateLimitError", "slow"), 429, { "retry-after": "0" })
        : json({}),
    );
    await client(limited.fetch).sendAnonymous({ method: "POST", path: "/x", body: {} });
    expect(limited.calls).toHaveLength(2);
  });

  it("does not follow redirects (a 307 would re-send a login body elsewhere)", async () => {
    const server = fakeFetch(
      () => new Response(null, { status: 307, headers: { location: "http://evil.test/steal" } }),
    );
    const err = await fail(
      client(server.fetch).sendAnonymous({ method: "POST", path: "/login", body: {} }),
    );
    expect(err).toBeInstanceOf(InfisicalApiError);
    expect((err as InfisicalApiError).status).toBe(307);
    expect(String(err)).not.toContain("evil.test");
    expect(server.calls).toHaveLength(1);
  });
});

describe("Retry-After", () => {
  it("gives up at once on a Retry-After past the cap, however it is written", async () => {
    for (const value of [
      "3600",
      "99999999999999999999999",
      new Date(Date.now() + 3.6e6).toUTCString(),
    ]) {
      const server = fakeFetch(() =>
        json(errorBody(429, "RateLimitError", "later"), 429, { "retry-after": value }),
      );
      await expect(
        client(server.fetch).sendAnonymous({ method: "GET", path: "/x" }),
      ).rejects.toMatchObject({ status: 429 });
      expect(server.calls).toHaveLength(1);
    }
  });

  it("falls back to backoff on a Retry-After it cannot read", async () => {
    for (const value of ["soon", "-5", "1e3", ""]) {
      const server = fakeFetch((_, i) =>
        i === 0
          ? json(errorBody(503, "X", "busy"), 503, { "retry-after": value })
          : json({ ok: 1 }),
      );
      const res = await client(server.fetch).sendAnonymous({ method: "GET", path: "/x" });
      expect(res.data).toEqual({ ok: 1 });
      expect(server.calls).toHaveLength(2);
    }
  });
});

describe("timeouts cover the whole response", () => {
  it("times out a body that stalls mid-stream, even when fetch ignores the signal", async () => {
    const server = deafFetch(
      () =>
        new Response(stalledBody('{"secrets":[', "hang"), {
          headers: { "content-type": "application/json" },
        }),
    );
    const err = await fail(
      client(server.fetch, { timeout: 25, retry: false }).sendAnonymous({
        method: "GET",
        path: "/x",
      }),
    );
    expect(err).toBeInstanceOf(InfisicalTimeoutError);
  });

  it("treats a body cut by a reset as a network error, retried for reads", async () => {
    const server = fakeFetch((_, i) =>
      i === 0
        ? new Response(stalledBody('{"secr', "error"), {
            headers: { "content-type": "application/json" },
          })
        : json({ ok: 2 }),
    );
    const res = await client(server.fetch).sendAnonymous({ method: "GET", path: "/x" });
    expect(res.data).toEqual({ ok: 2 });
    expect(server.calls).toHaveLength(2);
  });

  it("hands a truncated JSON body on as text, for the schema check to refuse", async () => {
    const server = fakeFetch(
      () =>
        new Response(stalledBody('{"secret":{"secretKey":"A"', "close"), {
          headers: { "content-type": "application/json" },
        }),
    );
    const res = await client(server.fetch).sendAnonymous({ method: "GET", path: "/x" });
    expect(res.data).toBe('{"secret":{"secretKey":"A"');
  });

  it("rejects with the caller's reason when it aborts during a stalled body", async () => {
    const server = deafFetch(() => new Response(stalledBody("{", "hang")));
    const controller = new AbortController();
    const pending = client(server.fetch, { timeout: 10_000 }).sendAnonymous({
      method: "GET",
      path: "/x",
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error("caller left")), 5);
    await expect(pending).rejects.toThrow("caller left");
  });
});

describe("response bodies", () => {
  it("stops reading at the size limit", async () => {
    const big = new Response("x".repeat(10_000)).body as ReadableStream<Uint8Array>;
    const { text, truncated } = await readText(big.getReader(), new AbortController().signal, 1000);
    expect(truncated).toBe(true);
    expect(text).toHaveLength(1000);
  });

  it("drops __proto__ keys and keeps non-JSON as text", () => {
    const parsed = parseBody(
      '{"__proto__":{"polluted":1},"a":{"__proto__":{"x":1}}}',
      "application/json",
    ) as any;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(parsed.polluted).toBeUndefined();
    expect(parsed.a.x).toBeUndefined();
    expect(({} as any).polluted).toBeUndefined();
    expect(parseBody("<html>502</html>", "text/html")).toBe("<html>502</html>");
    expect(parseBody("", "application/json")).toBeUndefined();
  });

  it("redacts and truncates an error page that echoes the request", async () => {
    const secret = 'va"lue\nwith-quotes-1234';
    const token = "tok-abcdef-123456";
    const server = fakeFetch(
      async (call) =>
        new Response(
          `<html>${JSON.stringify(call.body)} ${call.headers.get("authorization")}${"x".repeat(5000)}`,
          {
            status: 502,
            headers: { "content-type": "text/html" },
          },
        ),
    );
    const c = client(server.fetch, { retry: false });
    const transport = c.sendAnonymous({
      method: "POST",
      path: "/x",
      body: { secretValue: secret },
      headers: { authorization: `Bearer ${token}` },
      sensitive: [token],
    });
    const err = (await fail(transport)) as InfisicalApiError;
    expect(err.serverMessage.length).toBeLessThanOrEqual(301);
    for (const text of [err.message, JSON.stringify(err), err.serverMessage]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(JSON.stringify(secret).slice(1, -1));
    }
  });

  it("refuses a 2xx body larger than the SDK reads as a response error", async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        controller.enqueue(chunk);
      },
    });
    const server = fakeFetch(() => new Response(endless));
    const err = await fail(client(server.fetch).sendAnonymous({ method: "GET", path: "/x" }));
    expect(err).toBeInstanceOf(InfisicalResponseError);
    expect(sent).toBeLessThan(40);
  });
});
