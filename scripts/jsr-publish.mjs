#!/usr/bin/env node
// Publishes packages/deno to JSR (or `--dry-run`) from a copy outside the workspace, so Deno
// resolves the sibling packages as users get them (npm: from the registry in
// NPM_CONFIG_REGISTRY, default npmjs) rather than as workspace files.

import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "packages/deno");
const dir = mkdtempSync(join(tmpdir(), "infisical-jsr-"));
for (const entry of ["jsr.json", "README.md", "LICENSE", "src"]) {
  cpSync(join(src, entry), join(dir, entry), { recursive: true });
}
const args = ["publish", "--minimum-dependency-age=0", ...process.argv.slice(2)];
const res = spawnSync(join(root, "node_modules/.bin/deno"), args, {
  cwd: dir,
  stdio: "inherit",
  env: { ...process.env, DENO_NO_UPDATE_CHECK: "1" },
});
rmSync(dir, { recursive: true, force: true });
process.exit(res.status ?? 1);
