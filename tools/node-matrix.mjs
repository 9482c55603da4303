#!/usr/bin/env node
// Runs the suites that show what users get on each Node major: the end-to-end suite, the Node
// example and, where apps/consumers exists, the consumer tests, under the Node running this
// script (20) and the Node 22 and 24 binaries installed from npm by this package's devDependencies.
// Each Node's directory goes first on PATH, so child processes (tsx, pnpm, `node`) use it too.
// Prints one line per Node, `node vX.Y.Z: N passed, M failed`, and the captured output of
// any suite that failed. Expects REDIS_URL (tools/with-services.mjs).

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const vitest = join(root, "node_modules/vitest/vitest.mjs");

const NODES = [
  process.execPath,
  join(root, "tools/node_modules/node22/bin/node"),
  join(root, "tools/node_modules/node24/bin/node"),
];

// The suites, run from the repository root: `vitest` arguments (counts from Vitest's JSON
// report) or a `script` run with the Node under test that ends by printing `N passed, M failed`
// (as apps/consumers/run.mjs does). `when` names a file that must exist. A new suite is one line.
const SUITES = [
  { name: "e2e + node example", vitest: ["--project", "e2e", "--project", "example-node"] },
  { name: "consumers", script: "apps/consumers/run.mjs", when: "apps/consumers/run.mjs" },
];

/** Runs one suite under `node`; resolves to its counts and captured output. */
function runSuite(node, suite, reportDir) {
  const report = join(reportDir, `${suite.name.replace(/\W+/g, "-")}.json`);
  const args = suite.vitest
    ? [vitest, "run", ...suite.vitest, "--reporter=dot", "--reporter=json"]
    : [suite.script];
  if (suite.vitest) args.push(`--outputFile.json=${report}`);
  const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ""}` };
  return new Promise((resolve) => {
    const child = spawn(node, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.once("close", (code) => {
      let { passed, failed } = suite.vitest ? vitestCounts(report) : summaryCounts(output);
      if (passed === undefined) {
        passed = 0;
        failed = 1;
        output += `\nno test counts from ${suite.name}`;
      }
      // A crash, a file that failed to load or a hook error can fail a run with no failed test;
      // a suite that ran nothing proves nothing.
      if ((code !== 0 || passed === 0) && failed === 0) failed = 1;
      resolve({ passed, failed, output });
    });
  });
}

/** Counts from Vitest's JSON report, if there is one. */
function vitestCounts(report) {
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    return { passed: json.numPassedTests, failed: json.numFailedTests };
  } catch {
    return {};
  }
}

/** Counts from the last `N passed, M failed` line of a script's output. */
function summaryCounts(output) {
  const last = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : {};
}

const reportDir = mkdtempSync(join(tmpdir(), "node-matrix-"));
let ok = true;
try {
  for (const node of NODES) {
    if (!existsSync(node)) {
      console.log(`${node}: missing; run \`npx -y pnpm@12.4.2 install\``);
      ok = false;
      continue;
    }
    const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
    let passed = 0;
    let failed = 0;
    for (const suite of SUITES) {
      if (suite.when && !existsSync(join(root, suite.when))) continue;
      const result = await runSuite(node, suite, reportDir);
      passed += result.passed;
      failed += result.failed;
      if (result.failed > 0) {
        console.log(`--- ${suite.name} under node ${version} failed:\n${result.output}`);
      }
    }
    console.log(`node ${version}: ${passed} passed, ${failed} failed`);
    if (failed > 0) ok = false;
  }
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
