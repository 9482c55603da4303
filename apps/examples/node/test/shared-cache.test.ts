// The shared cache across processes, against a real redis-server (REDIS_URL, started by tools/with-services.mjs):
// 8 processes × 1,000 reads of one secret within one TTL window cause exactly one upstream
// read (and one login); after an update through one process, every process reads the new
// value on its next read.

import { type ChildProcess, fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createEmulator, DEMO_PROJECT_ID, demoSeed } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireRedis } from "../../test-services.ts";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const reader = fileURLToPath(new URL("./fixtures/shared-reader.ts", import.meta.url));
const PROCESSES = 8;
const READS = 1000;

type Reply = { ready?: true; values?: string[]; ok?: true; error?: string };

/** A child process and a way to send it a command and await its answer. */
function spawnReader(env: NodeJS.ProcessEnv) {
  const child: ChildProcess = fork(reader, [], {
    cwd: appDir, // where `--import tsx` resolves
    env,
    execArgv: ["--import", "tsx", "--conditions=source"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const replies: Reply[] = [];
  let waiting: ((reply: Reply) => void) | undefined;
  child.on("message", (reply: Reply) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(reply);
    } else replies.push(reply);
  });
  const next = () =>
    new Promise<Reply>((resolve, reject) => {
      const queued = replies.shift();
      if (queued) return resolve(queued);
      waiting = resolve;
      child.once("exit", (code) => reject(new Error(`reader exited with ${code}`)));
    });
  return {
    ready: next,
    async ask(command: object): Promise<Reply> {
      child.send(command);
      const reply = await next();
      if (reply.error) throw new Error(reply.error);
      return reply;
    },
    stop: () => {
      if (child.connected) child.send({ cmd: "exit" });
    },
  };
}

describe("shared cache across 8 processes through Redis", () => {
  const emulator = createEmulator({ seed: demoSeed });
  let server: Awaited<ReturnType<typeof serve>>;
  let readers: ReturnType<typeof spawnReader>[] = [];
  beforeAll(async () => {
    const REDIS_URL = await requireRedis();
    server = await serve(emulator, { port: 0 });
    const env = {
      ...process.env,
      REDIS_URL,
      REDIS_BASE: `ie-test-${randomUUID()}`, // nothing left by an earlier run is seen
      INFISICAL_SITE_URL: server.url,
      INFISICAL_CLIENT_ID: "demo-client-id",
      INFISICAL_CLIENT_SECRET: "demo-client-secret",
      INFISICAL_PROJECT_ID: DEMO_PROJECT_ID,
    };
    readers = Array.from({ length: PROCESSES }, () => spawnReader(env));
    await Promise.all(readers.map((r) => r.ready()));
  });
  afterAll(async () => {
    for (const r of readers) r.stop();
    await server?.close();
  });

  const reads = () => emulator.count({ method: "GET", path: "/api/v4/secrets/API_KEY" });

  it(`${PROCESSES} processes × ${READS} reads in one TTL window: exactly one upstream read`, async () => {
    const answers = await Promise.all(readers.map((r) => r.ask({ cmd: "read", times: READS })));
    for (const answer of answers) expect(answer.values).toEqual(["demo-api-key"]);
    expect(reads()).toBe(1);
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
  });

  it("after an update through one process, every process reads the new value next", async () => {
    await readers[0]?.ask({ cmd: "update", value: "rotated" });
    const answers = await Promise.all(readers.map((r) => r.ask({ cmd: "read", times: 1 })));
    for (const answer of answers) expect(answer.values).toEqual(["rotated"]);
    expect(reads()).toBe(2);
  });
});
