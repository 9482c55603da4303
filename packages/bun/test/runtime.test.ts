// Runs the package's tests inside Bun (`bun test`) against the emulator on loopback, and a
// small program twice on one SQLite file to show that a restarted process reuses both the
// access token and the cached read.

import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createEmulator, DEMO_PROJECT_ID, demoSeed } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const bun = fileURLToPath(new URL("../../../node_modules/.bin/bun", import.meta.url));

describe("@infisical-edge/bun inside Bun", () => {
  const emulator = createEmulator({ seed: demoSeed });
  let server: Awaited<ReturnType<typeof serve>>;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    server = await serve(emulator, { port: 0 });
    env = {
      ...process.env,
      NO_COLOR: "1",
      INFISICAL_SITE_URL: server.url,
      INFISICAL_CLIENT_ID: "demo-client-id",
      INFISICAL_CLIENT_SECRET: "demo-client-secret",
      IE_PROJECT_ID: DEMO_PROJECT_ID,
    };
  });
  afterAll(() => server.close());

  it("passes `bun test` (sqlite store and client specs)", async () => {
    const result = await run(bun, ["--conditions=source", "test", "./test/bun/"], {
      cwd: packageDir,
      env,
    }).catch((error) => error);
    const output = `${result.stdout}\n${result.stderr}`;
    // A child killed by a signal has no exit code: that is a failure too.
    expect(result.signal ?? null, output).toBeNull();
    expect(result.code ?? 0, output).toBe(0);
    expect(output).toMatch(/\b11 pass\b/);
    expect(output).toMatch(/\b0 fail\b/);
  });

  it("runs the README example in Bun as written", async () => {
    const readme = readFileSync(`${packageDir}README.md`, "utf8");
    const [example] = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
    mkdirSync(`${packageDir}.tmp`, { recursive: true });
    writeFileSync(`${packageDir}.tmp/readme.ts`, example ?? "");
    const { stdout } = await run(bun, ["--conditions=source", "run", "./.tmp/readme.ts"], {
      cwd: packageDir,
      env,
    });
    expect(stdout.trim().split("\n")).toEqual(["demo-api-key", "1 login, 1 read"]);
  });

  it("a restarted process reuses the token and the cached read from the SQLite file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ie-bun-restart-"));
    try {
      emulator.clearRequests();
      const file = join(dir, "cache.sqlite");
      for (let i = 0; i < 2; i++) {
        const { stdout } = await run(
          bun,
          ["--conditions=source", "run", "./test/bun/read-once.ts", file],
          { cwd: packageDir, env },
        );
        expect(stdout.trim()).toBe("demo-api-key");
      }
      expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
      expect(emulator.count({ path: "/api/v4/secrets/API_KEY" })).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
