// Runs the package's `deno test` suite inside Deno against the emulator on loopback, with
// real Deno KV (in memory) and only the permissions the adapter needs: network to the
// emulator and the INFISICAL_* variables.

import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createEmulator, DEMO_PROJECT_ID, demoSeed } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const deno = fileURLToPath(new URL("../../../node_modules/.bin/deno", import.meta.url));

// Workspace packages from their TypeScript sources (extensionless relative imports), and KV.
const SOURCE_FLAGS = [
  "--no-check",
  "--conditions=source",
  "--node-modules-dir=manual",
  "--unstable-sloppy-imports",
  "--unstable-kv",
];

const ENV = [
  "INFISICAL_SITE_URL",
  "INFISICAL_CLIENT_ID",
  "INFISICAL_CLIENT_SECRET",
  "INFISICAL_TOKEN",
  "IE_PROJECT_ID",
];

describe("@infisical-edge/deno inside Deno", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let output = "";
  beforeAll(async () => {
    server = await serve(createEmulator({ seed: demoSeed }), { port: 0 });
    const args = [
      "test",
      ...SOURCE_FLAGS,
      `--allow-net=${new URL(server.url).host}`,
      `--allow-env=${ENV.join(",")}`,
      "test/deno/",
    ];
    const result = await run(deno, args, {
      cwd: packageDir,
      env: {
        ...process.env,
        NO_COLOR: "1",
        INFISICAL_SITE_URL: server.url,
        INFISICAL_CLIENT_ID: "demo-client-id",
        INFISICAL_CLIENT_SECRET: "demo-client-secret",
        IE_PROJECT_ID: DEMO_PROJECT_ID,
      },
    }).catch((error) => error);
    output = `${result.stdout}\n${result.stderr}`;
    // A child killed by a signal has no exit code: that is a failure too.
    expect(result.signal ?? null, output).toBeNull();
    expect(result.code ?? 0, output).toBe(0);
  });
  afterAll(() => server.close());

  for (const name of [
    "reads INFISICAL_* from Deno.env and reads a secret",
    "denoKvStorage: set, get, list by prefix and remove in real Deno KV",
    "denoKvStorage: a kv promise that rejects before first use ends nothing",
    "two clients on one Deno KV: one login, one read; a write invalidates",
    "names the missing setting when no credentials are configured",
  ]) {
    it(name, () => {
      expect(output).toContain(`${name} ... ok`);
    });
  }
  it("ran every Deno test and none failed", () => {
    expect(output).toMatch(/ok \| 5 passed \| 0 failed/);
  });

  it("runs the README example in Deno as written, with no permission at all", async () => {
    const readme = readFileSync(`${packageDir}README.md`, "utf8");
    const [example] = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
    mkdirSync(`${packageDir}.tmp`, { recursive: true });
    writeFileSync(`${packageDir}.tmp/readme.ts`, example ?? "");
    const { stdout } = await run(deno, ["run", ...SOURCE_FLAGS, "./.tmp/readme.ts"], {
      cwd: packageDir,
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(stdout.trim().split("\n")).toEqual(["demo-api-key", "1 login, 1 read"]);
  });
});
