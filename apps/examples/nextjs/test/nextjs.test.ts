// Builds the app with `next build` and no INFISICAL_* set (the module-scope client must not
// need them), then serves it with `next start` on a free loopback port, against the emulator.

import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createEmulator, DEMO_PROJECT_ID, demoSeed } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDist } from "../../../../scripts/ensure-dist.ts";

const app = fileURLToPath(new URL("..", import.meta.url));
const next = join(app, "node_modules/next/dist/bin/next");

/** The environment without any Infisical setting, and Next's telemetry off. */
function bareEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const name of Object.keys(env)) if (name.startsWith("INFISICAL_")) delete env[name];
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

interface Started {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** `next start` on loopback; resolves once it answers. */
async function start(env: NodeJS.ProcessEnv): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, [next, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: app,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    // Any path outside the proxy's matcher: a 404 from Next means it is serving.
    const up = await fetch(`${url}/ready-probe`).then(
      () => true,
      () => false,
    );
    if (up) return { url, child, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stop(started: Started | undefined): Promise<void> {
  const child = started?.child;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

describe("apps/examples/nextjs: next build without credentials, next start against the emulator", () => {
  const emulator = createEmulator({ seed: demoSeed });
  let server: Awaited<ReturnType<typeof serve>>;
  let configured: Started | undefined;
  let unconfigured: Started | undefined;
  beforeAll(async () => {
    await ensureDist(["core", "auth", "secrets"]);
    await promisify(execFile)(process.execPath, [next, "build"], {
      cwd: app,
      env: bareEnv(),
      maxBuffer: 16 * 1024 * 1024,
    });
    server = await serve(emulator, { port: 0 });
    [configured, unconfigured] = await Promise.all([
      start({
        ...bareEnv(),
        INFISICAL_SITE_URL: server.url,
        INFISICAL_CLIENT_ID: "demo-client-id",
        INFISICAL_CLIENT_SECRET: "demo-client-secret",
        INFISICAL_PROJECT_ID: DEMO_PROJECT_ID,
      }),
      start({
        ...bareEnv(),
        INFISICAL_SITE_URL: server.url,
        INFISICAL_PROJECT_ID: DEMO_PROJECT_ID,
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([stop(configured), stop(unconfigured)]);
    await server?.close();
  });

  it("the edge route answers, and reads once through its cache", async () => {
    const reads = () => emulator.count({ path: "/api/v4/secrets/API_KEY" });
    const before = reads();
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${configured?.url}/api/secret`);
      expect(await response.json()).toEqual({
        apiKeyLength: "demo-api-key".length,
        runtime: "edge",
      });
    }
    expect(reads() - before).toBe(1);
  });

  it("the Node.js route answers from the same module-scope pattern", async () => {
    const response = await fetch(`${configured?.url}/api/database`);
    expect(await response.json()).toEqual({
      databaseUrlLength: "postgres://localhost:5432/app".length,
      runtime: "nodejs",
    });
  });

  it("the proxy admits /internal/* only with the key kept in Infisical", async () => {
    const denied = await fetch(`${configured?.url}/internal/status`, {
      headers: { "x-api-key": "wrong" },
    });
    expect(denied.status).toBe(401);
    const admitted = await fetch(`${configured?.url}/internal/status`, {
      headers: { "x-api-key": "demo-api-key" },
    });
    expect(admitted.status).toBe(200);
    expect(await admitted.json()).toEqual({ ok: true });
  });

  it("without credentials at run time, the first call fails naming the variable", async () => {
    const before = emulator.requests.length;
    const response = await fetch(`${unconfigured?.url}/api/database`);
    expect(response.status).toBe(500);
    expect(unconfigured?.output()).toContain("INFISICAL_CLIENT_ID");
    expect(emulator.requests.length).toBe(before);
  });
});
