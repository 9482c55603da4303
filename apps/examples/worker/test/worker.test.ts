// Bundles src/worker.ts as wrangler would (esbuild, workerd conditions) and runs it in
// workerd (miniflare) with a KV namespace, against the emulator on loopback.

import { fileURLToPath } from "node:url";
import { createEmulator, DEMO_PROJECT_ID, demoSeed } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../src/worker.ts", import.meta.url));

describe("apps/examples/worker in workerd", () => {
  const emulator = createEmulator({ seed: demoSeed });
  let server: Awaited<ReturnType<typeof serve>>;
  let mf: Miniflare;
  beforeAll(async () => {
    server = await serve(emulator, { port: 0 });
    const bundled = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: "esm",
      platform: "neutral",
      conditions: ["source", "workerd", "worker", "browser"],
      mainFields: ["module", "main"],
      logLevel: "silent",
    });
    mf = new Miniflare({
      modules: true,
      script: bundled.outputFiles[0]?.text ?? "",
      compatibilityDate: "2025-01-01",
      kvNamespaces: ["INFISICAL_CACHE"],
      bindings: {
        INFISICAL_SITE_URL: server.url,
        INFISICAL_CLIENT_ID: "demo-client-id",
        INFISICAL_CLIENT_SECRET: "demo-client-secret",
        INFISICAL_PROJECT_ID: DEMO_PROJECT_ID,
      },
    });
  });
  afterAll(async () => {
    await mf?.dispose();
    await server.close();
  });

  it("answers from Infisical, then from KV: one login and one upstream read", async () => {
    for (let i = 0; i < 3; i++) {
      const response = await mf.dispatchFetch("http://worker.example/");
      expect(await response.json()).toEqual({ apiKeyLength: "demo-api-key".length, stale: false });
    }
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
    expect(emulator.count({ path: "/api/v4/secrets/API_KEY" })).toBe(1);
  });
});
