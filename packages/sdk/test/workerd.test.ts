// The SDK object inside workerd (Miniflare): bundled for the `neutral` platform, so a Node
// built-in anywhere in its imports fails the build, then driven through every area.

import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { beforeAll, describe, expect, it } from "vitest";

const STEPS = [
  "universal auth login",
  "secrets: create, get, update, list, delete",
  "dynamic secrets: create, lease, renew, revoke",
  "kms: create key, encrypt, decrypt",
  "folders: create, get by id, list",
  "tags and secret imports",
  "kms: sign and verify data, public key, signing algorithms",
  "folders: update, delete",
  "secrets: Python's write defaults; type personal is sent",
  "secrets: loadSecrets through a Standard Schema",
  "a bad option is refused before any request",
];

async function bundleWorker(): Promise<string> {
  const dir = fileURLToPath(new URL("../.tmp/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const outfile = `${dir}sdk-worker.js`;
  await build({
    entryPoints: [fileURLToPath(new URL("./workerd/worker.ts", import.meta.url))],
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["source", "workerd", "worker", "browser", "import"],
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  return readFileSync(outfile, "utf8");
}

describe("the SDK object inside workerd (miniflare)", () => {
  let results: { name: string; ok: boolean; error?: string }[];

  beforeAll(async () => {
    const mf = new Miniflare({
      modules: true,
      script: await bundleWorker(),
      compatibilityDate: "2025-01-01",
    });
    try {
      results = (await (await mf.dispatchFetch("http://worker.test/")).json()) as typeof results;
    } finally {
      await mf.dispose();
    }
  }, 60_000);

  it("ran every step", () => {
    expect(results.map((r) => r.name)).toEqual(STEPS);
  });

  it.each(STEPS)("%s", (name) => {
    const result = results.find((r) => r.name === name);
    expect(result?.error).toBeUndefined();
    expect(result?.ok).toBe(true);
  });
});
