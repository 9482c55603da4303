// Fault injection: each kind of fault, the call selection, and the same rules driven over
// `/__emulator/faults` against the loopback server.

import { afterEach, describe, expect, it } from "vitest";
import { createEmulator } from "../src";
import { type RunningServer, serve } from "../src/node";
import { fixtureSeed, PROJECT_ID, tokenFor } from "./helpers";

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

const SECRET = `/api/v4/secrets/DB_HOST?projectId=${PROJECT_ID}&environment=dev`;

function setup() {
  const emulator = createEmulator({ seed: fixtureSeed() });
  const token = tokenFor(emulator);
  const get = (init: RequestInit = {}) =>
    emulator.fetch(`http://emu.localhost${SECRET}`, {
      ...init,
      headers: { authorization: `Bearer ${token}` },
    });
  return { emulator, token, get };
}

describe("fault kinds (in-process)", () => {
  it("429 with Retry-After and the server's error body", async () => {
    const { emulator, get } = setup();
    emulator.faults.add({
      path: "/api/v4/secrets/:name",
      fault: { kind: "status", status: 429, retryAfter: 7 },
    });
    const res = await get();
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(await res.json()).toMatchObject({ statusCode: 429, error: "RateLimitError" });
    expect(emulator.requests.at(-1)).toMatchObject({
      status: 429,
      fault: "status",
      handled: false,
    });
  });

  it("5xx before or after the handler ran (a write that took effect)", async () => {
    const { emulator, token } = setup();
    emulator.faults.add({
      method: "POST",
      fault: { kind: "status", status: 503, reachedServer: true },
    });
    const res = await emulator.fetch(`http://emu.localhost/api/v4/secrets/NEW_ONE`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ projectId: PROJECT_ID, environment: "dev", secretValue: "v" }),
    });
    expect(res.status).toBe(503);
    expect(emulator.requests.at(-1)).toMatchObject({ fault: "status", handled: true });
    const secrets = [...emulator.state.secrets.values()].map((s) => s.secretKey);
    expect(secrets).toContain("NEW_ONE");
  });

  it("a reset rejects the fetch with a TypeError", async () => {
    const { emulator, get } = setup();
    emulator.faults.add({ fault: { kind: "reset" } });
    const err = await get().catch((e) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect(err.cause.code).toBe("ECONNRESET");
    expect(emulator.requests.at(-1)).toMatchObject({ status: 0, fault: "reset", handled: false });
  });

  it("a hung response ends only when the request aborts (or never, ignoring it)", async () => {
    const { emulator, get } = setup();
    emulator.faults.add({ times: 1, fault: { kind: "hang" } });
    const controller = new AbortController();
    const pending = get({ signal: controller.signal });
    controller.abort(new Error("client gave up"));
    await expect(pending).rejects.toThrow("client gave up");

    emulator.faults.add({ times: 1, fault: { kind: "hang", phase: "body" } });
    const body = new AbortController();
    const res = await get({ signal: body.signal });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toMatch(/^\{"secret"/);
    const rest = reader.read();
    body.abort(new Error("stalled"));
    await expect(rest).rejects.toThrow("stalled");
  });

  it("truncated, non-JSON, wrong-shape and HTML bodies", async () => {
    const { emulator, get, token } = setup();
    emulator.faults.add({ times: 1, fault: { kind: "truncate", bytes: 12 } });
    expect(await (await get()).text()).toBe('{"secret":{"');

    emulator.faults.add({ times: 1, fault: { kind: "truncate", error: true } });
    await expect((await get()).text()).rejects.toThrow(TypeError);

    emulator.faults.add({ times: 1, fault: { kind: "non-json" } });
    const nonJson = await get();
    expect(nonJson.headers.get("content-type")).toContain("json");
    await expect(nonJson.json()).rejects.toThrow(SyntaxError);

    emulator.faults.add({
      times: 1,
      fault: { kind: "wrong-shape", body: { secret: { secretKey: 42 } } },
    });
    expect(await (await get()).json()).toEqual({ secret: { secretKey: 42 } });

    emulator.faults.add({ times: 1, fault: { kind: "html", status: 502, echo: true } });
    const page = await get();
    expect(page.status).toBe(502);
    const html = await page.text();
    expect(html).toContain("<html>");
    expect(html).toContain(token); // the echo reflects the request: the SDK must redact it

    expect((await get()).status).toBe(200); // every rule was used up
  });

  it("latency delays the answer and is cut short by an abort", async () => {
    const { emulator, get } = setup();
    emulator.faults.add({ fault: { kind: "latency", ms: 5 } });
    expect((await get()).status).toBe(200);
    emulator.faults.clear();
    emulator.faults.add({ fault: { kind: "latency", ms: 60_000 } });
    const controller = new AbortController();
    const pending = get({ signal: controller.signal });
    controller.abort(new Error("too slow"));
    await expect(pending).rejects.toThrow("too slow");
  });
});

describe("call selection", () => {
  it("the next N calls, calls k..m, a function of the call number; per route", async () => {
    const { emulator, get } = setup();
    const statuses = async (n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await get()).status);
      return out;
    };
    emulator.faults.add({ times: 2, fault: { kind: "status", status: 502 } });
    expect(await statuses(3)).toEqual([502, 502, 200]);
    emulator.faults.clear();

    emulator.faults.add({ calls: { from: 2, to: 3 }, fault: { kind: "status", status: 504 } });
    expect(await statuses(4)).toEqual([200, 504, 504, 200]);
    emulator.faults.clear();

    emulator.faults.add({ when: (n) => n % 2 === 0, fault: { kind: "status", status: 500 } });
    expect(await statuses(4)).toEqual([200, 500, 200, 500]);
    emulator.faults.clear();

    emulator.faults.add({ method: "POST", fault: { kind: "status", status: 503 } });
    emulator.faults.add({ path: "/api/v1/*", fault: { kind: "status", status: 503 } });
    emulator.faults.add({ path: /^\/api\/v3\//, fault: { kind: "status", status: 503 } });
    expect(await statuses(2)).toEqual([200, 200]);
    expect(emulator.faults.list().map((f) => f.applied)).toEqual([0, 0, 0]);
  });

  it("faults given at creation apply from the first call", async () => {
    const emulator = createEmulator({
      seed: fixtureSeed(),
      faults: [
        { path: "/api/v1/auth/universal-auth/login", fault: { kind: "status", status: 503 } },
      ],
    });
    const res = await emulator.fetch("http://emu.localhost/api/v1/auth/universal-auth/login", {
      method: "POST",
    });
    expect(res.status).toBe(503);
  });
});

describe("over the loopback server", () => {
  it("sets faults through /__emulator/faults and shows them on the wire", async () => {
    const { emulator, token } = setup();
    const server = await serve(emulator, { port: 0 });
    running.push(server);
    const control = (method: string, body?: unknown) =>
      fetch(`${server.url}/__emulator/faults`, {
        method,
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then((r) => r.json() as Promise<any>);
    const get = (signal?: AbortSignal) =>
      fetch(`${server.url}${SECRET}`, { headers: { authorization: `Bearer ${token}` }, signal });

    const { ids } = await control("POST", {
      rules: [
        {
          path: "/api/v4/secrets/:name",
          times: 1,
          fault: { kind: "status", status: 429, retryAfter: 2 },
        },
        { pathRegex: "^/api/v4/", calls: { from: 2, to: 2 }, fault: { kind: "reset" } },
        { path: "/api/v4/*", calls: { from: 3, to: 3 }, fault: { kind: "hang", phase: "body" } },
      ],
    });
    expect(ids).toHaveLength(3);
    const limited = await get();
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "2"]);
    await expect(get()).rejects.toThrow(TypeError); // the socket was destroyed
    const controller = new AbortController();
    const stalled = await get(controller.signal);
    expect(stalled.status).toBe(200);
    const reading = stalled.text();
    setTimeout(() => controller.abort(new Error("stalled body")), 20);
    await expect(reading).rejects.toThrow();
    expect((await get()).status).toBe(200);

    const listed = await control("GET");
    expect(listed.faults.map((f: any) => f.applied)).toEqual([1, 1, 1]);
    await control("DELETE");
    expect((await control("GET")).faults).toEqual([]);
    const bad = await fetch(`${server.url}/__emulator/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ fault: { kind: "explode" } }),
    });
    expect(bad.status).toBe(400);
  });
});
