// Test harness shared by the runtime tests: an emulator on a loopback port, and esbuild
// bundles of the suite for runtimes that cannot resolve workspace packages themselves.

import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createEmulator } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { build } from "esbuild";
import { seed } from "../src/seed";

export const appDir = fileURLToPath(new URL("..", import.meta.url));
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
export const bin = (name: string) => `${repoRoot}node_modules/.bin/${name}`;

export async function startEmulator() {
  const emulator = createEmulator({ seed });
  const server = await serve(emulator, { port: 0 });
  return { emulator, ...server };
}

/** Bundles a runtime entry (sources via the `source` export condition) into one ESM file. */
export async function bundle(entry: string, outName: string): Promise<string> {
  const outdir = `${appDir}.tmp`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/${outName}`;
  await build({
    entryPoints: [`${appDir}src/runtimes/${entry}`],
    outfile,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["source", "worker", "browser", "import"],
    mainFields: ["module", "main"],
    external: ["bun:test"],
    logLevel: "silent",
  });
  return outfile;
}
