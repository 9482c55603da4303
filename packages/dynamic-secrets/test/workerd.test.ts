// Lease create/renew/revoke (and withLease) inside workerd: the SDK bundled with esbuild the
// way a Worker is built, run in Miniflare, talking to the emulator on a loopback port.

import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createEmulator } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ID, CLIENT_SECRET, seed } from "./setup";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

async function bundleWorker(): Promise<string> {
  const outdir = `${packageDir}.tmp`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/lease-worker.js`;
  await build({
    entryPoints: [`${packageDir}test/workerd/worker.ts`],
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["source", "worker", "browser", "import"],
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  return readFileSync(outfile, "utf8");
}

describe("leases inside workerd (miniflare)", () => {
  let answer: { ok: boolean; error?: string; result?: Record<string, any> };
  const emulator = createEmulator({ seed });

  beforeAll(async () => {
    const server = await serve(emulator, { port: 0 });
    const mf = new Miniflare({
      modules: true,
      script: await bundleWorker(),
      compatibilityDate: "2025-01-01",
      bindings: { EMULATOR_URL: server.url, CLIENT_ID, CLIENT_SECRET },
    });
    try {
      const response = await mf.dispatchFetch("http://worker.test/");
      answer = (await response.json()) as typeof answer;
    } finally {
      await mf.dispose();
      await server.close();
    }
  }, 120_000);

  it("ran in workerd without error", () => {
    expect(answer.error).toBeUndefined();
    expect(answer.ok).toBe(true);
    expect(answer.result?.runtime).toBe("Cloudflare-Workers");
  });

  it("created a lease with credentials, then renewed it from its current expiry", () => {
    const r = answer.result!;
    expect([r.usernameLength, r.passwordLength, r.fetchedId]).toEqual([32, 48, true]);
    const added = Date.parse(r.renewedExpireAt) - Date.parse(r.createdExpireAt);
    expect(added).toBe(20 * 60_000);
  });

  it("revoked it, and withLease revoked its own", () => {
    const r = answer.result!;
    expect([r.revokedId, r.afterRevoke]).toEqual([true, 0]);
    expect(r.viaHelper).toBe("1:32");
    expect(r.afterHelper).toBe(0);
    expect(emulator.count({ method: "POST", path: "/api/v1/dynamic-secrets/leases" })).toBe(2);
    expect(
      emulator.count({ method: "DELETE", path: /^\/api\/v1\/dynamic-secrets\/leases\// }),
    ).toBe(2);
  });
});
