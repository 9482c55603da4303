// `pnpm bench`: every measurement in one run against the same emulator process, printed as
// one table and written to results/latest.{json,md}. Each step prints its duration to stderr.
// Environment knobs for quick local runs: BENCH_CALLS (default 3000), BENCH_COLD_RUNS (20),
// BENCH_ONLY (comma-separated step names, see `steps`; a filtered run prints its table but
// leaves results/ alone, so partial figures never replace a full run's).

import { measureBundleSizes } from "./bundle-size";
import { measureCacheHits } from "./cache-hits";
import { measureCallBreakdown } from "./call-breakdown";
import { measureCallOverhead } from "./call-overhead";
import { measureCallOverheadPerNode, perNodeRows } from "./call-overhead-nodes";
import { measureCallProfile } from "./call-profile";
import { measureColdStartNode } from "./cold-start-node";
import { measureColdStartWorkerd } from "./cold-start-workerd";
import { measureConcurrency } from "./concurrency";
import { rawFetch } from "./contenders/raw-fetch";
import { measureEtag } from "./etag";
import { measureLargeResponses } from "./large-response";
import { machine } from "./machine";
import { markdownReport, type Row, writeResults } from "./report";
import { startEmulator } from "./server";

const calls = Number(process.env.BENCH_CALLS ?? 3000);
const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 20);

const steps = [
  "sizes",
  "overhead",
  "overhead-nodes",
  "breakdown",
  "profile",
  "hits",
  "concurrency",
  "large",
  "etag",
  "cold-node",
  "cold-workerd",
] as const;
const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
const unknown = only?.filter((name) => !(steps as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0) {
  throw new Error(`BENCH_ONLY: unknown step ${unknown.join(", ")}; steps: ${steps.join(", ")}`);
}
// Cache hits are reported against the raw fetch p50 of the call-overhead step.
const wanted = (name: (typeof steps)[number]) =>
  !only || only.includes(name) || (name === "overhead" && only.includes("hits"));

const started = performance.now();
const host = machine();
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const t = performance.now();
  process.stderr.write(`${name}... `);
  const result = await run();
  process.stderr.write(`${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  return result;
}

/** Runs a step when BENCH_ONLY selects it; its rows, or none. */
async function maybe(
  name: (typeof steps)[number],
  label: string,
  run: () => Promise<Row[]>,
): Promise<Row[]> {
  return wanted(name) ? step(label, run) : [];
}

const rows: Row[] = [];
const sizes = wanted("sizes")
  ? await step("bundle sizes", measureBundleSizes)
  : { rows: [], missing: [] };
rows.push(...sizes.rows);

const emulator = await step("emulator (10,000 secrets seeded)", startEmulator);
try {
  const overhead = wanted("overhead")
    ? await step(`call overhead (${calls} calls each)`, () =>
        measureCallOverhead(emulator.target, calls),
      )
    : undefined;
  // Node 22 and 24 in child processes, next to this process's Node from the step above.
  const perNode = await maybe("overhead-nodes", "call overhead on Node 22 and 24", async () => [
    ...(overhead ? perNodeRows(process.versions.node, overhead.p50, calls) : []),
    ...(await measureCallOverheadPerNode(emulator.target, calls)),
  ]);
  const breakdown = await maybe("breakdown", "call breakdown", () =>
    measureCallBreakdown(emulator.target, Math.min(calls, 2000)),
  );
  const profile = await maybe("profile", "call profile", () =>
    measureCallProfile(emulator.target, Math.min(calls, 2000)),
  );
  const cacheHits = await maybe("hits", "cache hits", () =>
    measureCacheHits(emulator.target, overhead!.p50[rawFetch.name]!, 2000),
  );
  const concurrency = await maybe("concurrency", "concurrency", () => measureConcurrency(emulator));
  const large = await maybe("large", "large responses", () =>
    measureLargeResponses(emulator.target),
  );
  const etag = await maybe("etag", "ETag revalidation", () => measureEtag(emulator.target));
  const coldNode = await maybe("cold-node", `cold start, Node (${coldRuns} runs each)`, () =>
    measureColdStartNode(emulator.target, coldRuns),
  );
  const coldWorkerd = await maybe(
    "cold-workerd",
    `cold start, workerd (${Math.ceil(coldRuns / 2)} runs each)`,
    () => measureColdStartWorkerd(emulator.target, Math.ceil(coldRuns / 2)),
  );
  rows.push(
    ...coldNode,
    ...coldWorkerd,
    ...(overhead?.rows ?? []),
    ...perNode,
    ...breakdown,
    ...profile,
    ...cacheHits,
    ...large,
    ...etag,
    ...concurrency,
  );
} finally {
  await emulator.stop();
}

const results = {
  generatedAt: new Date().toISOString(),
  durationSeconds: (performance.now() - started) / 1000,
  machine: host,
  rows,
};
console.log(markdownReport(results));
if (sizes.missing.length > 0) {
  console.log(`Packages not there yet (skipped): ${sizes.missing.join(", ")}`);
}
if (only) console.log("BENCH_ONLY run: results/ left as it was.");
else for (const file of writeResults(results)) console.log(`wrote ${file}`);
