#!/usr/bin/env node
// Checks every package as it would be published (needs `pnpm build` first):
// - `pnpm pack` (which applies publishConfig, so no `source` condition), then
//   attw on the tarball for node16 (ESM) and bundler resolution (`--profile esm-only`);
// - publint on the package (it packs with pnpm too);
// - LICENSE and README.md inside every tarball;
// - the Deno package's jsr.json version (its `deno publish --dry-run` needs the packages on a
//   registry, so apps/consumers runs it).
// Prints one line per check and `check-packages: N passed, M failed`; exit 1 on failure.

import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules/.bin", name);
const work = mkdtempSync(join(tmpdir(), "infisical-check-packages-"));

// publint shells out to `pnpm`: put the pnpm running this script (or the pinned one) on PATH.
const shimDir = join(work, "bin");
execFileSync("mkdir", ["-p", shimDir]);
const execPath = process.env.npm_execpath;
writeFileSync(
  join(shimDir, "pnpm"),
  execPath && /pnpm/.test(execPath)
    ? // pnpm 12 is a native executable; older ones a JS entry run by node.
      `#!/bin/sh\nexec ${/\.[cm]?js$/.test(execPath) ? `"${process.execPath}" ` : ""}"${execPath}" "$@"\n`
    : `#!/bin/sh\nexec npx -y pnpm@12.4.2 "$@"\n`,
);
chmodSync(join(shimDir, "pnpm"), 0o755);
const env = { ...process.env, PATH: `${shimDir}${delimiter}${process.env.PATH}` };

let passed = 0;
let failed = 0;
function check(name, cmd, args, cwd = root) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => {
      if (code === 0) {
        passed++;
        console.log(`PASS ${name}`);
      } else {
        failed++;
        console.log(`FAIL ${name}\n${out.replace(/^/gm, "  ")}`);
      }
      resolve(out);
    });
  });
}

async function checkPackage(pkg) {
  const dir = join(root, "packages", pkg);
  const dest = join(work, pkg);
  const pnpm = join(shimDir, "pnpm");
  const out = await check(`${pkg}: pnpm pack`, pnpm, ["pack", "--pack-destination", dest], dir);
  const tarball = existsSync(dest) && readdirSync(dest).find((f) => f.endsWith(".tgz"));
  if (!tarball) return;
  const files = execFileSync("tar", ["-tzf", join(dest, tarball)], { encoding: "utf8" });
  for (const required of ["package/LICENSE", "package/README.md", "package/package.json"]) {
    if (!files.split("\n").includes(required)) {
      failed++;
      console.log(`FAIL ${pkg}: ${required} is not in the tarball\n${out}`);
    }
  }
  await Promise.all([
    check(`${pkg}: attw (node16 ESM, bundler)`, bin("attw"), [
      join(dest, tarball),
      "--profile",
      "esm-only",
      "--format",
      "table-flipped",
    ]),
    check(`${pkg}: publint`, bin("publint"), ["--strict"], dir),
  ]);
}

const jobs = readdirSync(join(root, "packages"))
  .sort()
  .map((pkg) => () => checkPackage(pkg));
jobs.push(() =>
  check("deno: jsr.json version matches package.json", process.execPath, [
    join(root, "scripts/sync-jsr-version.mjs"),
    "--check",
  ]),
);
// A few at a time: each is mostly waiting on child processes.
await Promise.all(
  Array.from({ length: 3 }, async () => {
    while (jobs.length) await jobs.shift()();
  }),
);

rmSync(work, { recursive: true, force: true });
console.log(`check-packages: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
