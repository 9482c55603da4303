// esbuild presets shared by the measurements: a workerd/browser bundle (platform "neutral",
// so a Node built-in fails the build, as it would in a Worker) and a Node bundle.

import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type BuildOptions, build } from "esbuild";

export const benchDir = fileURLToPath(new URL("..", import.meta.url));
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
export const tmpDir = `${benchDir}.tmp/`;
export const entryPath = (file: string) => `${benchDir}src/entries/${file}`;

export type Target = "workerd" | "node";

/** The object API (@infisical-edge/sdk) exists and its program is written. */
export const hasObjectApi = () =>
  existsSync(`${repoRoot}packages/sdk/package.json`) && existsSync(entryPath("worker-object.ts"));

const presets: Record<Target, BuildOptions> = {
  workerd: {
    platform: "neutral",
    conditions: ["source", "workerd", "worker", "browser"],
    mainFields: ["module", "main"],
  },
  node: {
    platform: "node",
    conditions: ["source"],
    // CommonJS dependencies (the official SDK's AWS packages) call require() on built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  },
};

export interface BundleInput {
  /** A file path, or source code resolved from `resolveDir` (default src/). */
  entry?: string;
  code?: string;
  resolveDir?: string;
  target: Target;
  minify?: boolean;
  /** true: leave every package as an import (the official SDK as installed); or a list. */
  external?: boolean | string[];
}

/** Bundles to memory; returns the code, or throws esbuild's error. */
export async function bundle(input: BundleInput): Promise<Uint8Array> {
  const result = await build({
    ...presets[input.target],
    ...(input.code !== undefined
      ? {
          stdin: {
            contents: input.code,
            resolveDir: input.resolveDir ?? `${benchDir}src`,
            loader: "ts",
            sourcefile: "entry.ts",
          },
        }
      : { entryPoints: [input.entry as string] }),
    bundle: true,
    write: false,
    minify: input.minify ?? true,
    format: "esm",
    target: "es2022",
    packages: input.external === true ? "external" : "bundle",
    ...(Array.isArray(input.external) ? { external: input.external } : {}),
    logLevel: "silent",
  });
  return result.outputFiles[0]!.contents;
}

/** Bundles into .tmp/<name>.mjs (inside apps/bench, so external packages still resolve). */
export async function bundleToFile(name: string, input: BundleInput): Promise<string> {
  mkdirSync(tmpDir, { recursive: true });
  const file = `${tmpDir}${name}.mjs`;
  writeFileSync(file, await bundle({ minify: false, ...input }));
  return file;
}

export const gzipSize = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;

/** The first line of each esbuild error, e.g. `Could not resolve "fs"`. */
export function buildErrors(error: unknown): string[] {
  const errors = (error as { errors?: { text: string }[] }).errors;
  return errors ? errors.map((e) => e.text) : [String(error)];
}
