#!/usr/bin/env node
// After `changeset version`: the Deno package's jsr.json takes its package.json version, and
// its npm: imports of sibling packages take their new versions as ^ ranges.
// `--check` only reports a mismatch (exit 1), for CI.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));
const jsrPath = join(root, "packages/deno/jsr.json");
const jsr = read("packages/deno/jsr.json");
const next = structuredClone(jsr);
next.version = read("packages/deno/package.json").version;
for (const [name, target] of Object.entries(next.imports ?? {})) {
  const match = /^npm:(@infisical-edge\/([a-z-]+))@[^/]+(\/.*)?$/.exec(target);
  if (!match) continue;
  const version = read(`packages/${match[2]}/package.json`).version;
  next.imports[name] = `npm:${match[1]}@^${version}${match[3] ?? ""}`;
}
const text = `${JSON.stringify(next, null, 2)}\n`;
if (process.argv.includes("--check")) {
  if (JSON.stringify(next) !== JSON.stringify(jsr)) {
    console.error("packages/deno/jsr.json is out of date: run node scripts/sync-jsr-version.mjs");
    process.exit(1);
  }
} else {
  writeFileSync(jsrPath, text);
}
