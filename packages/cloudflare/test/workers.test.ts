import { serve } from "@infisical-edge/emulator/node";
import type { Miniflare } from "miniflare";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { API_KEY, bundleWorker, LOGIN, startTwoWorkers, startWorker, upstream } from "./harness";

let script: string;
const running: Miniflare[] = [];
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  script = await bundleWorker();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((mf) => mf.dispose()));
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function worker(options: Omit<Parameters<typeof startWorker>[0], "script">) {
  const mf = startWorker({ script, ...options });
  running.push(mf);
  return mf;
}

/** What the tests read from a KV namespace (miniflare types it for workers-types). */
interface KvView {
  list(): Promise<{ keys: { name: string }[] }>;
  get(key: string): Promise<string | null>;
}
const kvOf = async (mf: Miniflare) =>
  (await mf.getKVNamespace("INFISICAL_CACHE")) as unknown as KvView;

const read = async (mf: Miniflare, path = "/") => {
  const response = await mf.dispatchFetch(`http://worker.test${path}`);
  return {
    status: response.status,
    stale: response.headers.get("x-infisical-stale"),
    body: await response.text(),
  };
};

describe("createWorkersClient inside workerd", () => {
  it("reads through a service binding and caches in KV: one login, one upstream read", async () => {
    const up = upstream();
    const mf = worker({ service: up.binding });
    expect(await read(mf)).toMatchObject({ status: 200, body: "demo-api-key" });
    expect(await read(mf)).toMatchObject({ status: 200, body: "demo-api-key" });
    expect(up.emulator.count({ path: LOGIN })).toBe(1);
    expect(up.emulator.count({ path: API_KEY })).toBe(1);
  });

  it("two Worker instances sharing one KV namespace log in once between them", async () => {
    const up = upstream();
    const server = await serve(up.emulator, { port: 0 });
    cleanups.push(() => server.close());
    // Both reach the emulator over HTTP with the default fetch.
    const mf = startTwoWorkers(script, { INFISICAL_SITE_URL: server.url });
    running.push(mf);
    const get = async (name: string, secret: string) => {
      const worker = (await mf.getWorker(name)) as unknown as { fetch: typeof fetch };
      return (await worker.fetch(`http://worker.test/?name=${secret}`)).text();
    };
    expect(await get("first", "API_KEY")).toBe("demo-api-key");
    expect(await get("second", "DB_HOST")).toBe("localhost");
    expect(await get("second", "API_KEY")).toBe("demo-api-key");
    expect(up.emulator.count({ path: LOGIN })).toBe(1);
    // The second instance also read API_KEY from the shared KV cache.
    expect(up.emulator.count({ path: API_KEY })).toBe(1);
  });

  it("keeps the shared token sealed in KV: no token or client secret in any key or value", async () => {
    const up = upstream();
    const mf = worker({ service: up.binding });
    await read(mf);
    const kv = await kvOf(mf);
    const { keys } = await kv.list();
    const tokenKeys = keys.filter((k) => k.name.startsWith("ie1-token:"));
    expect(tokenKeys).toHaveLength(1);
    const tokens = [...up.emulator.state.tokens.keys()];
    expect(tokens.length).toBeGreaterThan(0);
    for (const { name } of keys) {
      const value = (await kv.get(name)) ?? "";
      for (const secret of [...tokens, "demo-client-secret"]) {
        expect(name).not.toContain(secret);
        expect(value).not.toContain(secret);
      }
    }
  });

  it("an update through the Worker invalidates the KV entry", async () => {
    const up = upstream();
    const mf = worker({ service: up.binding });
    expect((await read(mf)).body).toBe("demo-api-key");
    const put = await mf.dispatchFetch("http://worker.test/", { method: "PUT", body: "rotated" });
    expect(await put.text()).toBe("rotated");
    expect((await read(mf)).body).toBe("rotated");
  });

  it("a call with another auth never gets the isolate's session: a wrong secret is refused", async () => {
    const up = upstream();
    const mf = worker({ service: up.binding });
    expect(await read(mf)).toMatchObject({ status: 200, body: "demo-api-key" });
    const wrong = await read(mf, "/?clientId=demo-client-id&clientSecret=not-the-secret");
    expect(wrong.status).toBe(502);
    expect(JSON.parse(wrong.body)).toMatchObject({ name: "InfisicalAuthError", status: 401 });
    expect(wrong.body).not.toContain("not-the-secret");
    const right = await read(mf, "/?clientId=demo-client-id&clientSecret=demo-client-secret");
    expect(right).toMatchObject({ status: 200, body: "demo-api-key" });
    // The env client's session is untouched: past the cache's 60 s its read goes upstream
    // with the token it holds, without a login of its own.
    await mf.dispatchFetch("http://worker.test/advance?ms=61000");
    const [logins, reads] = [
      up.emulator.count({ path: LOGIN }),
      up.emulator.count({ path: API_KEY }),
    ];
    expect(await read(mf)).toMatchObject({ status: 200, body: "demo-api-key" });
    expect(up.emulator.count({ path: API_KEY })).toBe(reads + 1);
    expect(up.emulator.count({ path: LOGIN })).toBe(logins);
  });

  it("INFISICAL_TOKEN: uses token auth and stores no token in KV", async () => {
    const up = upstream();
    const mf = worker({
      service: up.binding,
      bindings: {
        INFISICAL_CLIENT_ID: "",
        INFISICAL_CLIENT_SECRET: "",
        INFISICAL_TOKEN: "demo-token",
      },
    });
    expect((await read(mf)).body).toBe("demo-api-key");
    expect(up.emulator.count({ path: LOGIN })).toBe(0);
    const { keys } = await (await kvOf(mf)).list();
    expect(keys.some((k) => k.name.startsWith("ie1-token:"))).toBe(false);
  });
});
