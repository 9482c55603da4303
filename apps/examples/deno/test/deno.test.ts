// Runs main.ts with `deno run` (narrow permissions) against the emulator on loopback, twice
// on one Deno KV file: the second run reuses the first one's token and cached reads.

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createEmulator, DEMO_PROJECT_ID, demoSeed } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const appDir = fileURLToPath(new URL("..", import.meta.url));
const deno = fileURLToPath(new URL("../../../../node_modules/.bin/deno", import.meta.url));

describe("apps/examples/deno", () => {
  const emulator = createEmulator({ seed: demoSeed });
  let server: Awaited<ReturnType<typeof serve>>;
  let dir: string;
  beforeAll(async () => {
    server = await serve(emulator, { port: 0 });
    dir = mkdtempSync(join(tmpdir(), "ie-deno-example-"));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs twice on one KV file: one login, one read of each secret", async () => {
    const kvPath = join(dir, "kv.sqlite");
    const args = [
      "run",
      "--no-check",
      "--conditions=source", // workspace packages from source (a user imports from JSR/npm)
      "--node-modules-dir=manual",
      "--unstable-sloppy-imports",
      "--unstable-kv",
      `--allow-net=${new URL(server.url).host}`,
      "--allow-env=INFISICAL_SITE_URL,INFISICAL_CLIENT_ID,INFISICAL_CLIENT_SECRET,INFISICAL_TOKEN,INFISICAL_PROJECT_ID,KV_PATH",
      `--allow-read=${dir}`,
      `--allow-write=${dir}`,
      "main.ts",
    ];
    const env = {
      ...process.env,
      NO_COLOR: "1",
      KV_PATH: kvPath,
      INFISICAL_SITE_URL: server.url,
      INFISICAL_CLIENT_ID: "demo-client-id",
      INFISICAL_CLIENT_SECRET: "demo-client-secret",
      INFISICAL_PROJECT_ID: DEMO_PROJECT_ID,
    };
    for (let i = 0; i < 2; i++) {
      const { stdout } = await run(deno, args, { cwd: appDir, env });
      expect(stdout).toContain("4 secrets: API_KEY, DATABASE_URL, DB_HOST, DB_PORT");
      expect(stdout).toContain("DATABASE_URL = postgres://localhost:5432/app");
    }
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
    expect(emulator.count({ path: "/api/v4/secrets" })).toBe(1);
    expect(emulator.count({ path: "/api/v4/secrets/DATABASE_URL" })).toBe(1);
  });
});
