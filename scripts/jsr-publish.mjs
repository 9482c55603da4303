#!/usr/bin/env node
// Publishes packages/deno to JSR (or `--dry-run`) from a copy outside the workspace, so Deno
// resolves the sibling packages as users get them (npm: from the registry in
// NPM_CONFIG_REGISTRY, default npmjs) rather than as workspace files.

import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "packages/deno");
const dir = mkdtempSync(join(tmpdir(), "infisical-jsr-"));
for (const entry of ["jsr.json", "README.md", "LICENSE", "src"]) {
  cpSync(join(src, entry), join(dir, entry), { recursive: true });
}
// Our sibling packages were published minutes ago: Deno's 24 h minimum dependency age would
// refuse them, and `deno publish` takes the setting only from the config file.
const config = JSON.parse(readFileSync(join(dir, "jsr.json"), "utf8"));
writeFileSync(join(dir, "jsr.json"), JSON.stringify({ ...config, minimumDependencyAge: 0 }));
const args = ["publish", ...process.argv.slice(2)];
const res = spawnSync(join(root, "node_modules/.bin/deno"), args, {
  cwd: dir,
  stdio: "inherit",
  env: { ...process.env, DENO_NO_UPDATE_CHECK: "1" },
});
rmSync(dir, { recursive: true, force: true });
process.exit(res.status ?? 1);
