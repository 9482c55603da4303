#!/usr/bin/env node
// Runs what shows how the packages behave on each Node major: the end-to-end suite in Node, the
// Node example and the consumer tests' Node programs, under the Node running this script (20)
// and the Node 22 and 24 binaries installed from npm by tools/package.json.
//
// Only what exercises Node itself runs per Node. The consumer suite (apps/consumers/run.mjs)
// packs, publishes, installs, type-checks and runs the Worker, Deno, Bun and JSR checks once,
// and runs its ESM and CommonJS programs under every Node (`--node`). Vitest runs the Node e2e
// file (apps/e2e/test/node.test.ts) and the Node example under each Node; the e2e files for
// workerd, Deno and Bun test those runtimes, not Node, and run once in `pnpm test`.
// `--vitest-ran` (test:all, after `pnpm test` under this same Node): skip the Vitest suites
// under this Node, which `pnpm test` just ran.
//
// The consumer suite and the Vitest runs under Node 22 and 24 run at the same time: the
// consumer suite mostly waits on installs and child processes.
// Prints one line per Node, `node vX.Y.Z: N passed, M failed`, and the captured output of
// any suite that failed. Expects REDIS_URL (tools/with-services.mjs).

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const vitest = join(root, "node_modules/vitest/vitest.mjs");
const vitestRan = process.argv.includes("--vitest-ran");

const NODES = [
  process.execPath,
  join(root, "tools/node_modules/node22/bin/node"),
  join(root, "tools/node_modules/node24/bin/node"),
];

// Vitest arguments for the Node suites: the projects, then file filters within them.
const NODE_SUITE = [
  "--project",
  "e2e",
  "--project",
  "example-node",
  "apps/e2e/test/node.test.ts",
  "apps/examples/node/test/",
];
const consumers = join(root, "apps/consumers/run.mjs");

/** Runs `args` with `node` (its directory first on PATH); resolves to exit code and output. */
function runNode(node, args) {
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
    child.once("close", (code, signal) => resolve({ code: code ?? signal, output }));
  });
}

/** The Node suite under `node`: counts from Vitest's JSON report. */
async function vitestSuite(node, reportDir) {
  const report = join(reportDir, `vitest-${NODES.indexOf(node)}.json`);
  const { code, output } = await runNode(node, [
    vitest,
    "run",
    ...NODE_SUITE,
    "--reporter=dot",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  let counts = {};
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    counts = { passed: json.numPassedTests, failed: json.numFailedTests };
  } catch {}
  return settle("e2e (Node) + node example", code, counts, output);
}

/** Normalises counts: a crash, a load error or a suite that ran nothing counts as a failure. */
function settle(name, code, { passed, failed }, output) {
  if (passed === undefined) {
    return { name, passed: 0, failed: 1, output: `${output}\nno test counts from ${name}` };
  }
  if ((code !== 0 || passed === 0) && failed === 0) failed = 1;
  return { name, passed, failed, output };
}

/** The consumer suite once, with every other Node for its Node programs; results per version. */
async function consumerSuite(nodes, versions) {
  const others = nodes.slice(1).flatMap((node) => ["--node", node]);
  const { code, output } = await runNode(nodes[0], [consumers, ...others]);
  const perNode = new Map();
  for (const [, version, passed, failed] of output.matchAll(
    /^consumers node (v[\d.]+): (\d+) passed, (\d+) failed$/gm,
  )) {
    perNode.set(version, { passed: Number(passed), failed: Number(failed) });
  }
  // The exit code speaks for the running Node only: a failed check under another Node has
  // its own count, and a crash is counted against the running one.
  return (version) =>
    settle("consumers", version === versions[0] ? code : 0, perNode.get(version) ?? {}, output);
}

const reportDir = mkdtempSync(join(tmpdir(), "node-matrix-"));
let ok = true;
try {
  const nodes = NODES.filter((node) => {
    if (existsSync(node)) return true;
    console.log(`${node}: missing; run \`npx -y pnpm@12.4.2 install\``);
    ok = false;
    return false;
  });
  const versions = nodes.map(
    (node) => spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim() || node,
  );
  const vitestNodes = vitestRan ? nodes.slice(1) : nodes;
  const [consumerResults, vitestResults] = await Promise.all([
    existsSync(consumers) ? consumerSuite(nodes, versions) : undefined,
    (async () => {
      const results = new Map();
      for (const node of vitestNodes) results.set(node, await vitestSuite(node, reportDir));
      return results;
    })(),
  ]);
  nodes.forEach((node, i) => {
    const version = versions[i];
    const suites = [vitestResults.get(node), consumerResults?.(version)].filter(Boolean);
    for (const suite of suites) {
      if (suite.failed > 0) {
        console.log(`--- ${suite.name} under node ${version} failed:\n${suite.output}`);
      }
    }
    const passed = suites.reduce((sum, s) => sum + s.passed, 0);
    const failed = suites.reduce((sum, s) => sum + s.failed, 0);
    if (vitestRan && i === 0) {
      console.log(`node ${version}: the e2e suite and the Node example ran in \`pnpm test\` above`);
    }
    console.log(`node ${version}: ${passed} passed, ${failed} failed`);
    if (failed > 0 || passed === 0) ok = false;
  });
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
