// Runs src/main.ts (the example as a user would, through tsx) against the emulator on
// loopback: alone, then twice sharing Redis, where the second process reuses the first
// one's token and cached reads.

import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createEmulator, DEMO_PROJECT_ID, demoSeed } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireRedis } from "../../test-services.ts";

const run = promisify(execFile);
const appDir = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

describe("apps/examples/node", () => {
  const emulator = createEmulator({ seed: demoSeed });
  let server: Awaited<ReturnType<typeof serve>>;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    server = await serve(emulator, { port: 0 });
    env = {
      ...process.env,
      INFISICAL_SITE_URL: server.url,
      INFISICAL_CLIENT_ID: "demo-client-id",
      INFISICAL_CLIENT_SECRET: "demo-client-secret",
      INFISICAL_PROJECT_ID: DEMO_PROJECT_ID,
    };
  });
  afterAll(() => server.close());

  const main = (extra: NodeJS.ProcessEnv = {}) =>
    run(tsx, ["--conditions=source", "src/main.ts"], { cwd: appDir, env: { ...env, ...extra } });

  it("lists and reads secrets", async () => {
    const { stdout } = await main({ REDIS_URL: "" });
    expect(stdout).toContain("4 secrets: API_KEY, DATABASE_URL, DB_HOST, DB_PORT");
    expect(stdout).toContain("DATABASE_URL = postgres://localhost:5432/app");
  });

  it("with REDIS_URL, a second process reuses the token and the cached reads", async () => {
    const REDIS_URL = await requireRedis();
    emulator.clearRequests();
    const REDIS_BASE = `ie-test-${randomUUID()}`; // nothing left by an earlier run is seen
    for (let i = 0; i < 2; i++) {
      const { stdout } = await main({ REDIS_URL, REDIS_BASE });
      expect(stdout).toContain("DATABASE_URL = postgres://localhost:5432/app");
    }
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
    expect(emulator.count({ path: "/api/v4/secrets/DATABASE_URL" })).toBe(1);
    expect(emulator.count({ path: "/api/v4/secrets" })).toBe(1);
  });
});
