// Runs api/secrets.ts inside the `edge-runtime` sandbox (the Edge Runtime Vercel uses
// locally): bundled as Vercel bundles it (edge-light conditions), wired to the sandbox's
// fetch event, with `process.env` given as Vercel gives it, against the emulator on loopback.

import { fileURLToPath } from "node:url";
import { createEmulator, DEMO_PROJECT_ID, demoSeed } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { EdgeRuntime } from "edge-runtime";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../api/secrets.ts", import.meta.url));

describe("apps/examples/vercel-edge in the edge-runtime sandbox", () => {
  const emulator = createEmulator({ seed: demoSeed });
  let server: Awaited<ReturnType<typeof serve>>;
  let runtime: EdgeRuntime;
  beforeAll(async () => {
    server = await serve(emulator, { port: 0 });
    const bundled = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: "iife",
      globalName: "edgeFunction",
      platform: "neutral",
      target: "es2022",
      conditions: ["source", "edge-light", "worker", "browser"],
      mainFields: ["module", "main"],
      logLevel: "silent",
    });
    const env = {
      INFISICAL_SITE_URL: server.url,
      INFISICAL_CLIENT_ID: "demo-client-id",
      INFISICAL_CLIENT_SECRET: "demo-client-secret",
      INFISICAL_PROJECT_ID: DEMO_PROJECT_ID,
    };
    runtime = new EdgeRuntime({
      extend: (context) => Object.assign(context, { process: { env } }),
      initialCode: `${bundled.outputFiles[0]?.text}
addEventListener("fetch", (event) => event.respondWith(edgeFunction.default(event.request)));`,
    });
  });
  afterAll(() => server.close());

  it("runs without Node built-ins and answers from its cache after the first request", async () => {
    expect(runtime.evaluate("typeof require")).toBe("undefined");
    for (let i = 0; i < 3; i++) {
      const response = await runtime.dispatchFetch("http://edge.example/api/secrets");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ apiKeyLength: "demo-api-key".length });
    }
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
    expect(emulator.count({ path: "/api/v4/secrets/API_KEY" })).toBe(1);
  });
});
