#!/usr/bin/env node
// Records the exports that have no doc comment yet in each package's typedoc.json
// (`intentionallyNotDocumented`), so `pnpm run docs` fails on any NEW undocumented export, and
// also when a listed one gets documented (TypeDoc reports unused names): the list only shrinks.
// Usage: node scripts/docs-baseline.mjs [typedoc-log]  (a log of `typedoc` with the current
// lists: adds what it warns about; without one: runs TypeDoc with empty lists)

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packages = readdirSync(join(root, "packages")).filter((p) =>
  existsSync(join(root, "packages", p, "package.json")),
);
const rootConfig = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8"));
const configPath = (pkg) => join(root, "packages", pkg, "typedoc.json");
const readConfig = (pkg) =>
  existsSync(configPath(pkg)) ? JSON.parse(readFileSync(configPath(pkg), "utf8")) : {};
const writeConfig = (pkg, config) =>
  writeFileSync(configPath(pkg), `${JSON.stringify(config, null, 2)}\n`);

function typedocLog() {
  if (process.argv[2]) return readFileSync(process.argv[2], "utf8");
  for (const pkg of packages) {
    writeConfig(pkg, { ...readConfig(pkg), intentionallyNotDocumented: [] });
  }
  const res = spawnSync(join(root, "node_modules/.bin/typedoc"), ["--emit", "none"], {
    cwd: root,
    encoding: "utf8",
  });
  return `${res.stdout}${res.stderr}`;
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colours
const log = typedocLog().replace(/\x1b\[[0-9;]*m/g, "");
const missing = new Map(
  packages.map((p) => [
    p,
    new Set(process.argv[2] ? readConfig(p).intentionallyNotDocumented : []),
  ]),
);
for (const m of log.matchAll(
  /\[warning\] (.+?) \(\w+\), defined in @infisical-edge\/([a-z-]+)\/.*does not have any documentation/g,
)) {
  missing.get(m[2])?.add(m[1]);
}
// Names TypeDoc reports as listed but documented (or gone) leave the lists.
const unused = log.match(/marked as intentionally not documented[^\n]*\n((?:\t.*\n?)*)/g) ?? [];
for (const block of unused) {
  for (const line of block.split("\n").slice(1)) {
    for (const names of missing.values()) names.delete(line.trim());
  }
}
for (const pkg of packages) {
  const names = [...missing.get(pkg)].sort();
  const { intentionallyNotDocumented: _, ...rest } = readConfig(pkg);
  // A package's own typedoc.json replaces packageOptions, so it repeats the root's rules.
  const { requiredToBeDocumented, validation } = rootConfig;
  writeConfig(pkg, {
    $schema: "https://typedoc.org/schema.json",
    ...rest,
    requiredToBeDocumented,
    validation,
    intentionallyNotDocumented: names,
  });
  console.log(`${pkg}: ${names.length} undocumented export(s) recorded`);
}
