// Stale-while-revalidate and stale-if-error in workerd: the Worker's clock is moved through
// `/advance`, and the emulator is switched to answer 503 through the service binding.

import { universalAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";
import { DEMO_PROJECT_ID } from "@infisical-edge/emulator";
import { updateSecret } from "@infisical-edge/secrets";
import type { Miniflare } from "miniflare";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { API_KEY, bundleWorker, startWorker, upstream } from "./harness";

let script: string;
const running: Miniflare[] = [];
beforeAll(async () => {
  script = await bundleWorker();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((mf) => mf.dispose()));
});

function setup(windows: { SWR_WINDOW?: string; SIE_WINDOW?: string }) {
  const up = upstream();
  const mf = startWorker({ script, service: up.binding, bindings: windows });
  running.push(mf);
  const get = async () => {
    const response = await mf.dispatchFetch("http://worker.test/");
    const text = await response.text();
    return {
      status: response.status,
      stale: response.headers.get("x-infisical-stale"),
      value: response.ok ? text : undefined,
      error: response.ok ? undefined : (JSON.parse(text) as { name: string; status: number }),
    };
  };
  const advance = async (seconds: number) => {
    await mf.dispatchFetch(`http://worker.test/advance?ms=${seconds * 1000}`);
  };
  return { up, mf, get, advance };
}

/** Waits (bounded) for something a background task does. */
async function until(condition: () => boolean | Promise<boolean>, what: string) {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe("stale values in a Worker (ttl 60 s)", () => {
  it("stale-while-revalidate: with the upstream answering 503, serves the last value inside the window and says so; past it, raises", async () => {
    const { up, get, advance } = setup({ SWR_WINDOW: "120" });
    expect(await get()).toMatchObject({ status: 200, value: "demo-api-key", stale: "false" });
    up.state.down = true;
    await advance(90); // expired 30 s ago, inside the 120 s window
    expect(await get()).toMatchObject({ status: 200, value: "demo-api-key", stale: "revalidate" });
    await advance(100); // 130 s past expiry: outside the window
    expect(await get()).toMatchObject({
      status: 502,
      error: { name: "InfisicalApiError", status: 503 },
    });
  });

  it("stale-if-error: serves the last value when the load fails inside the window; past it, raises", async () => {
    const { up, get, advance } = setup({ SIE_WINDOW: "120" });
    expect((await get()).value).toBe("demo-api-key");
    up.state.down = true;
    await advance(90);
    expect(await get()).toMatchObject({ status: 200, value: "demo-api-key", stale: "error" });
    await advance(100);
    expect((await get()).error).toMatchObject({ name: "InfisicalApiError", status: 503 });
  });

  it("the background refresh runs through ctx.waitUntil and replaces the KV entry", async () => {
    const { up, mf, get, advance } = setup({ SWR_WINDOW: "120" });
    expect((await get()).value).toBe("demo-api-key");
    const admin = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: up.emulator.fetch,
      auth: universalAuth({ clientId: "demo-client-id", clientSecret: "demo-client-secret" }),
      cache: false,
    });
    await updateSecret(admin, {
      projectId: DEMO_PROJECT_ID,
      environment: "dev",
      secretName: "API_KEY",
      secretValue: "rotated-key",
    });
    await advance(90);
    // Answered from KV at once; the refresh continues after the response.
    expect(await get()).toMatchObject({ value: "demo-api-key", stale: "revalidate" });
    const kv = (await mf.getKVNamespace("INFISICAL_CACHE")) as unknown as {
      list(): Promise<{ keys: { name: string }[] }>;
      get(key: string): Promise<string | null>;
    };
    await until(async () => {
      const { keys } = await kv.list();
      const values = await Promise.all(keys.map((k) => kv.get(k.name)));
      return values.some((value) => value?.includes("rotated-key"));
    }, "the refreshed value is in KV");
    expect(await get()).toMatchObject({ value: "rotated-key", stale: "false" });
    expect(up.emulator.count({ method: "GET", path: API_KEY })).toBe(2);
  });
});
