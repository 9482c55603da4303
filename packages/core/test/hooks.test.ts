import type { FetchContext } from "ofetch";
import { describe, expect, it } from "vitest";
import {
  type AuthMethod,
  type ClientHooks,
  createClient,
  InfisicalApiError,
  InfisicalHookError,
  InfisicalValidationError,
} from "../src/index";
import { postLogin } from "../src/internal/index";
import { errorBody, fakeFetch, json, loginBody } from "./fake-server";

const LOGIN = "/api/v1/auth/universal-auth/login";
const CLIENT_SECRET = "client-secret-in-hook-test";

const testAuth = (): AuthMethod => ({
  kind: "test",
  identity: () => "test-identity",
  login: (ctx) => postLogin(ctx, LOGIN, { clientId: "id", clientSecret: CLIENT_SECRET }),
});

function setup(handler: Parameters<typeof fakeFetch>[0], hooks: ClientHooks) {
  const server = fakeFetch(handler);
  const client = createClient({
    siteUrl: "http://emu.localhost",
    fetch: server.fetch,
    auth: testAuth(),
    hooks,
    retry: { retries: 2, minDelay: 1, maxDelay: 2 },
  });
  return { server, client };
}

const answer = (call: { path: string }) =>
  call.path === LOGIN ? json(loginBody("tok-hooks-1")) : json({ ok: true });

describe("user hooks", () => {
  it("calls onRequest and onResponse for every request, the login included", async () => {
    const seen: string[] = [];
    const data: unknown[] = [];
    const { client } = setup(answer, {
      onRequest: (ctx) => void seen.push(`${ctx.options.method} ${String(ctx.request)}`),
      onResponse: [
        (ctx) => void seen.push(`response ${ctx.response.status}`),
        (ctx) => void data.push(ctx.response._data),
      ],
    });
    await client.send({ method: "GET", path: "/r", query: { a: "1" } });
    expect(seen).toEqual([`POST ${LOGIN}`, "response 200", "GET /r?a=1", "response 200"]);
    expect(data[0]).toMatchObject({ accessToken: "tok-hooks-1" });
    expect(data[1]).toEqual({ ok: true });
  });

  it("hands fetch the options an onRequest hook changed, with the SDK's own", async () => {
    const inits: RequestInit[] = [];
    const spy = (hooks: ClientHooks) => {
      const server = fakeFetch(answer);
      const client = createClient({
        siteUrl: "http://emu.localhost",
        fetch: (input, init) => {
          inits.push(init as RequestInit);
          return server.fetch(input, init);
        },
        auth: testAuth(),
        hooks,
      });
      return { client, server };
    };
    const hooked = spy({
      onRequest: (ctx) => {
        ctx.options.cache = "no-store";
        ctx.options.headers.set("x-trace", "t-1");
      },
    });
    await hooked.client.send({ method: "GET", path: "/r" });
    expect(inits.at(-1)?.cache).toBe("no-store");
    expect(hooked.server.calls.at(-1)?.headers.get("x-trace")).toBe("t-1");

    inits.length = 0;
    const plain = spy({});
    await plain.client.send({ method: "GET", path: "/r" });
    const init = inits.at(-1)!;
    expect(init.method).toBe("GET");
    expect(init.redirect).toBe("manual");
    expect(init.signal).toBeInstanceOf(AbortSignal);
    const headers = new Headers(init.headers);
    expect(headers.get("authorization")).toMatch(/^Bearer /);
    expect(headers.get("accept")).toBe("application/json");
  });

  it("calls onRequest per attempt and onResponseError for each failed answer", async () => {
    const events: string[] = [];
    const { server, client } = setup(
      (call, i) =>
        call.path === LOGIN
          ? json(loginBody("tok"))
          : i < 2
            ? json(errorBody(503, "X", "busy"), 503)
            : json({ ok: 1 }),
      {
        onRequest: () => void events.push("request"),
        onResponseError: (ctx) => void events.push(`error ${ctx.response.status}`),
      },
    );
    await client.send({ method: "GET", path: "/r" });
    expect(server.calls).toHaveLength(3);
    expect(events).toEqual(["request", "request", "error 503", "request"]);
  });

  it("calls onRequestError with the error when no response arrives", async () => {
    const errors: string[] = [];
    const { client } = setup(
      () => {
        throw new TypeError("fetch failed");
      },
      {
        onRequestError: (ctx: FetchContext & { error: Error }) =>
          void errors.push(ctx.error.message),
      },
    );
    const err = await client
      .sendAnonymous({ method: "POST", path: "/x", body: {} })
      .catch((e) => e);
    expect(err.name).toBe("InfisicalNetworkError");
    expect(errors).toEqual(["fetch failed"]);
  });

  it("turns a throwing hook into InfisicalHookError without its message, and keeps working", async () => {
    for (const name of ["onRequest", "onResponse", "onResponseError", "onRequestError"] as const) {
      let armed = true;
      const { server, client } = setup(
        (call) => {
          if (call.path === "/fail") throw new TypeError("fetch failed");
          return call.path === "/bad" ? json(errorBody(500, "E", "no"), 500) : answer(call);
        },
        {
          [name]: () => {
            if (armed) throw new Error(`hook saw ${CLIENT_SECRET}`);
          },
        },
      );
      const path = name === "onResponseError" ? "/bad" : name === "onRequestError" ? "/fail" : "/r";
      const err = await client.send({ method: "GET", path }).catch((e) => e);
      expect(err).toBeInstanceOf(InfisicalHookError);
      expect(err).toMatchObject({ hook: name, thrown: "Error" });
      expect([path, LOGIN]).toContain(err.path);
      for (const text of [err.message, JSON.stringify(err), String(err.stack)]) {
        expect(text).not.toContain(CLIENT_SECRET);
      }
      // A throw ends the request: no retry of a failed attempt.
      expect(server.calls.filter((c) => c.path === path).length).toBeLessThanOrEqual(1);
      armed = false;
      await expect(client.send({ method: "GET", path: "/r" })).resolves.toMatchObject({
        data: { ok: true },
      });
    }
  });

  it("a failing onResponseError stops the retries of a 503 with its own error", async () => {
    const { server, client } = setup(
      (call) => (call.path === LOGIN ? answer(call) : json(errorBody(503, "X", "busy"), 503)),
      {
        onResponseError: () => {
          throw new RangeError("stop");
        },
      },
    );
    const err = await client.send({ method: "GET", path: "/r" }).catch((e) => e);
    expect(err).toMatchObject({ name: "InfisicalHookError", thrown: "RangeError" });
    expect(server.calls.filter((c) => c.path === "/r")).toHaveLength(1);
  });

  it("leaves typed errors to the SDK when hooks only observe", async () => {
    const { client } = setup(
      (call) =>
        call.path === LOGIN ? answer(call) : json(errorBody(404, "NotFound", "gone"), 404),
      { onResponseError: () => {} },
    );
    await expect(client.send({ method: "GET", path: "/r" })).rejects.toBeInstanceOf(
      InfisicalApiError,
    );
  });

  it("validates hooks: a function or an array of functions, known names only", () => {
    const make = (hooks: unknown) => () =>
      createClient({ siteUrl: "http://emu.localhost", hooks: hooks as ClientHooks });
    expect(make({ onRequest: [() => {}], onResponse: () => {} })).not.toThrow();
    for (const [hooks, field] of [
      [{ onRequest: 1 }, "hooks.onRequest"],
      [{ onResponse: [() => {}, "x"] }, "hooks.onResponse"],
      [{ onRequset: () => {} }, "hooks"],
      ["on", "hooks"],
    ] as const) {
      const err = (() => {
        try {
          make(hooks)();
        } catch (e) {
          return e;
        }
      })() as InfisicalValidationError;
      expect(err).toBeInstanceOf(InfisicalValidationError);
      expect(err.field.startsWith(field)).toBe(true);
    }
  });
});
