#!/usr/bin/env node
// `pnpm release`: build, check the packages as published (attw, publint), build the API
// reference, run the consumer tests (which include the JSR dry run against their registry),
// then publish: npm with provenance through changesets (only versions not yet on npm), and the
// Deno package to JSR. `--dry-run` (what CI runs) stops before any upload: `pnpm publish
// --dry-run` instead. `--skip-build` when the packages were just built;
// `--skip-consumers` when the consumer tests ran separately (the CI Node matrix).

import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const dryRun = args.has("--dry-run");
const execPath = process.env.npm_execpath;
const pnpm =
  execPath && /pnpm/.test(execPath)
    ? /\.[cm]?js$/.test(execPath)
      ? [process.execPath, execPath]
      : [execPath] // pnpm 12 is a native executable
    : ["npx", "-y", "pnpm@12.4.2"];

function step(name, cmd, cmdArgs, { cwd = root, env = {} } = {}) {
  console.log(`\n== release: ${name}`);
  const res = spawnSync(cmd, cmdArgs, {
    cwd,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (res.status !== 0) {
    console.error(`release: "${name}" failed (exit ${res.status ?? res.signal})`);
    process.exit(1);
  }
}
const pnpmStep = (name, cmdArgs, options) =>
  step(name, pnpm[0], [...pnpm.slice(1), ...cmdArgs], options);

if (!args.has("--skip-build")) pnpmStep("build", ["build"]);
step("package checks", process.execPath, [join(root, "scripts/check-packages.mjs")]);
pnpmStep("API reference", ["run", "docs"]);
if (!args.has("--skip-consumers")) {
  step("consumer tests", process.execPath, [join(root, "apps/consumers/run.mjs")]);
}
if (dryRun) {
  pnpmStep("npm publish (dry run)", [
    "publish",
    "-r",
    "--filter",
    "./packages/**",
    "--dry-run",
    "--no-git-checks",
  ]);
  // The JSR dry run needs the npm packages on a registry: the consumer tests run it against
  // their loopback one.
} else {
  // Provenance needs CI's OIDC token (GitHub Actions: `id-token: write`).
  pnpmStep("npm publish", ["exec", "changeset", "publish"], {
    env: { NPM_CONFIG_PROVENANCE: "true" },
  });
  step("JSR publish", process.execPath, [join(root, "scripts/jsr-publish.mjs")]);
}
console.log(`\nrelease: ${dryRun ? "dry run passed, nothing uploaded" : "published"}`);
