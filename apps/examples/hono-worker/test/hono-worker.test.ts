// Bundles the app with `wrangler deploy --dry-run` (the real tool, offline) and runs that
// bundle in workerd (miniflare) with a KV namespace, against the emulator on loopback.

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createEmulator, DEMO_PROJECT_ID, demoSeed } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDist } from "../../../../scripts/ensure-dist.ts";

const app = fileURLToPath(new URL("..", import.meta.url));

describe("apps/examples/hono-worker, bundled by wrangler, in workerd", () => {
  const emulator = createEmulator({ seed: demoSeed });
  const out = mkdtempSync(join(tmpdir(), "hono-worker-"));
  let server: Awaited<ReturnType<typeof serve>>;
  let mf: Miniflare;
  beforeAll(async () => {
    await ensureDist(["core", "auth", "secrets", "cloudflare"]);
    await promisify(execFile)(
      process.execPath,
      [join(app, "node_modules/wrangler/bin/wrangler.js"), "deploy", "--dry-run", "--outdir", out],
      {
        cwd: app,
        env: {
          ...process.env,
          WRANGLER_SEND_METRICS: "false",
          WRANGLER_LOG_PATH: join(out, "logs"),
        },
      },
    );
    server = await serve(emulator, { port: 0 });
    mf = new Miniflare({
      modules: true,
      script: readFileSync(join(out, "index.js"), "utf8"),
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
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it("answers from Infisical, then from KV: one login and one upstream read", async () => {
    for (let i = 0; i < 3; i++) {
      const response = await mf.dispatchFetch("http://worker.example/api-key");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ apiKeyLength: "demo-api-key".length });
    }
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
    expect(emulator.count({ path: "/api/v4/secrets/API_KEY" })).toBe(1);
  });

  it("routes it does not define answer Hono's 404", async () => {
    const response = await mf.dispatchFetch("http://worker.example/nope");
    expect(response.status).toBe(404);
  });
});
