// Shared by the runtime tests: the emulator on a loopback port, the fixture, and esbuild
// bundles of the login cases for runtimes that cannot resolve workspace sources themselves.

import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createEmulator } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { build } from "esbuild";
import { loginFixture } from "./fixture";
import { type LoginFixture, methodCases } from "./runtime/cases";
import { aws, createWorld } from "./world";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
export const bin = (name: string) => `${repoRoot}node_modules/.bin/${name}`;
export { packageDir };

export async function startWorld() {
  const world = await createWorld();
  const emulator = createEmulator({ seed: world.seed });
  const server = await serve(emulator, { port: 0 });
  const fixture = await loginFixture(world);
  return { world, emulator, fixture, ...server };
}

/** The variables the environment case reads (AWS IAM with nothing passed). */
export const awsEnvironment = {
  AWS_ACCESS_KEY_ID: aws.accessKeyId,
  AWS_SECRET_ACCESS_KEY: aws.secretAccessKey,
  AWS_REGION: "ca-central-1",
};

/** Bundles a runtime entry (package sources via the `source` condition) into one ESM file. */
export async function bundle(entry: string, outName: string): Promise<string> {
  const outdir = `${packageDir}.tmp`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/${outName}`;
  await build({
    entryPoints: [`${packageDir}test/runtime/${entry}`],
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

/** The case names, known before any key is made (tests are declared synchronously). */
export const caseNames = (): string[] =>
  methodCases({ ids: {} } as unknown as LoginFixture).map((c) => c.name);
