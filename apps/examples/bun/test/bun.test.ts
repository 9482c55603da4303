// Runs main.ts with `bun run` against the emulator on loopback, twice on one SQLite file:
// the restarted process reuses the first one's token and cached reads.

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
const bun = fileURLToPath(new URL("../../../../node_modules/.bin/bun", import.meta.url));

describe("apps/examples/bun", () => {
  const emulator = createEmulator({ seed: demoSeed });
  let server: Awaited<ReturnType<typeof serve>>;
  let dir: string;
  beforeAll(async () => {
    server = await serve(emulator, { port: 0 });
    dir = mkdtempSync(join(tmpdir(), "ie-bun-example-"));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs twice on one SQLite file: one login, one read of each secret", async () => {
    const env = {
      ...process.env,
      NO_COLOR: "1",
      INFISICAL_CACHE_FILE: join(dir, "cache.sqlite"),
      INFISICAL_SITE_URL: server.url,
      INFISICAL_CLIENT_ID: "demo-client-id",
      INFISICAL_CLIENT_SECRET: "demo-client-secret",
      INFISICAL_PROJECT_ID: DEMO_PROJECT_ID,
    };
    for (let i = 0; i < 2; i++) {
      // --conditions=source: workspace packages from source (a user installs them from npm).
      const { stdout } = await run(bun, ["--conditions=source", "run", "main.ts"], {
        cwd: appDir,
        env,
      });
      expect(stdout).toContain("4 secrets: API_KEY, DATABASE_URL, DB_HOST, DB_PORT");
      expect(stdout).toContain("DATABASE_URL = postgres://localhost:5432/app");
    }
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
    expect(emulator.count({ path: "/api/v4/secrets" })).toBe(1);
    expect(emulator.count({ path: "/api/v4/secrets/DATABASE_URL" })).toBe(1);
  });
});
