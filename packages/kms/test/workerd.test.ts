import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createEmulator, type Emulator } from "@infisical-edge/emulator";
import { type RunningServer, serve } from "@infisical-edge/emulator/node";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "./workerd/seed";

const EXPECTED = [
  "4097 bytes are refused before any request",
  "round trip: empty",
  "round trip: 1 byte",
  "round trip: 4096 bytes",
  "round trip: non-ASCII UTF-8",
  "a one-byte change to a ciphertext is an InfisicalApiError",
  "envelope round trips: 0 B and 1 MiB",
  "verifyLocally agrees with verify: ECDSA_SHA_256",
  "verifyLocally agrees with verify: ECDSA_SHA_512",
  "verifyLocally agrees with verify: RSASSA_PSS_SHA_256",
  "verifyLocally agrees with verify: RSASSA_PKCS1_V1_5_SHA_384",
];

async function bundleWorker(): Promise<string> {
  const dir = fileURLToPath(new URL("../.tmp/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const outfile = `${dir}kms-worker.js`;
  await build({
    entryPoints: [fileURLToPath(new URL("./workerd/worker.ts", import.meta.url))],
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

describe("kms inside workerd (miniflare)", () => {
  let emulator: Emulator;
  let server: RunningServer;
  let results: { name: string; ok: boolean; error?: string }[];

  beforeAll(async () => {
    emulator = createEmulator({ seed });
    server = await serve(emulator, { port: 0 });
    const mf = new Miniflare({
      modules: true,
      script: await bundleWorker(),
      compatibilityDate: "2025-01-01",
      bindings: { EMULATOR_URL: server.url },
    });
    try {
      results = (await (await mf.dispatchFetch("http://worker.test/run")).json()) as typeof results;
    } finally {
      await mf.dispose();
    }
  });
  afterAll(() => server?.close());

  it("ran every case", () => {
    expect(results.map((r) => r.name)).toEqual(EXPECTED);
  });

  it.each(EXPECTED)("%s", (name) => {
    const result = results.find((r) => r.name === name);
    expect(result?.error).toBeUndefined();
    expect(result?.ok).toBe(true);
  });

  it("the emulator saw one encrypt per successful encryption, none for 4097 bytes", () => {
    // 4 round trips, the tamper case, and one data key per envelope (each way).
    expect(emulator.count({ path: /\/encrypt$/ })).toBe(4 + 1 + 2);
    expect(emulator.count({ path: /\/decrypt$/ })).toBe(4 + 1 + 2);
  });
});
