// `pnpm bench`: every measurement in one run against the same emulator process, printed as
// one table and written to results/latest.{json,md}. Each step prints its duration to stderr.
// Environment knobs for quick local runs: BENCH_CALLS (default 3000), BENCH_COLD_RUNS (20),
// BENCH_ONLY (comma-separated words; only the steps whose name contains one of them run).

import { measureBundleSizes } from "./bundle-size";
import { measureCacheHits } from "./cache-hits";
import { measureCallBreakdown } from "./call-breakdown";
import { measureCallOverhead } from "./call-overhead";
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

const started = performance.now();
const host = machine();
const only = process.env.BENCH_ONLY?.split(",").filter(Boolean);
async function step<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  if (only && !only.some((word) => name.includes(word))) return undefined;
  const t = performance.now();
  process.stderr.write(`${name}... `);
  const result = await run();
  process.stderr.write(`${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  return result;
}

const rows: Row[] = [];
const sizes = await step("bundle sizes", measureBundleSizes);
rows.push(...(sizes?.rows ?? []));

process.stderr.write("emulator (10,000 secrets seeded)...\n");
const emulator = await startEmulator();
try {
  const overhead = await step(`call overhead (${calls} calls each)`, () =>
    measureCallOverhead(emulator.target, calls),
  );
  const breakdown = await step("call breakdown", () =>
    measureCallBreakdown(emulator.target, Math.min(calls, 2000)),
  );
  const profile = await step("call profile", () =>
    measureCallProfile(emulator.target, Math.min(calls, 2000)),
  );
  // Its baseline is raw fetch's p50 from the call-overhead step.
  const cacheHits =
    overhead &&
    (await step("cache hits", () =>
      measureCacheHits(emulator.target, overhead.p50[rawFetch.name]!, 2000),
    ));
  const concurrency = await step("concurrency", () => measureConcurrency(emulator));
  const large = await step("large responses", () => measureLargeResponses(emulator.target));
  const etag = await step("ETag revalidation", () => measureEtag(emulator.target));
  const coldNode = await step(`cold start, Node (${coldRuns} runs each)`, () =>
    measureColdStartNode(emulator.target, coldRuns),
  );
  const coldWorkerd = await step(`cold start, workerd (${Math.ceil(coldRuns / 2)} runs each)`, () =>
    measureColdStartWorkerd(emulator.target, Math.ceil(coldRuns / 2)),
  );
  rows.push(
    ...(coldNode ?? []),
    ...(coldWorkerd ?? []),
    ...(overhead?.rows ?? []),
    ...(breakdown ?? []),
    ...(profile ?? []),
    ...(cacheHits ?? []),
    ...(large ?? []),
    ...(etag ?? []),
    ...(concurrency ?? []),
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
if (sizes && sizes.missing.length > 0) {
  console.log(`Packages not there yet (skipped): ${sizes.missing.join(", ")}`);
}
// A partial run (BENCH_ONLY) prints its rows but never replaces the full results.
if (!only) for (const file of writeResults(results)) console.log(`wrote ${file}`);
