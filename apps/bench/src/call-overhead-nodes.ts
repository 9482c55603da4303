// The call overhead on each Node major users run: the main run measures under the Node
// running the bench (20 on this machine); this step repeats the measure under the Node 22
// and 24 binaries the test matrix installs (tools/package.json), one child process each, so
// each ratio compares clients that ran on the same Node at the same time. A Node that is not
// installed is skipped.

import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { bundleToFile, repoRoot } from "./build";
import { official } from "./contenders/official";
import { ours } from "./contenders/ours";
import { rawFetch, rawFetchV3 } from "./contenders/raw-fetch";
import type { Target } from "./contenders/types";
import type { Row } from "./report";
import { ratio } from "./stats";

const NODES = ["node22", "node24"].map((name) => `${repoRoot}tools/node_modules/${name}/bin/node`);

export const PER_NODE_MEASURE = "call overhead by Node version: getSecret, cache off, p50";

/** Rows of one Node: this SDK against raw fetch, the official SDK against raw fetch (v3). */
export function perNodeRows(version: string, p50: Record<string, number>, calls: number): Row[] {
  const row = (subject: string, baseline?: string): Row => ({
    measure: PER_NODE_MEASURE,
    subject: `${subject}, Node ${version}`,
    value: p50[subject]!,
    unit: "ms",
    ...(baseline && {
      baseline: `${baseline}, Node ${version}`,
      ratio: ratio(p50[subject]!, p50[baseline]!),
    }),
    note: `${calls} calls each`,
  });
  return [row(rawFetch.name), row(ours.name, rawFetch.name), row(official.name, rawFetchV3.name)];
}

export async function measureCallOverheadPerNode(target: Target, calls: number): Promise<Row[]> {
  const file = await bundleToFile("call-overhead-child", {
    entry: fileURLToPath(new URL("./call-overhead-child.ts", import.meta.url)),
    target: "node",
  });
  const run = promisify(execFile);
  const rows: Row[] = [];
  for (const node of NODES.filter((path) => existsSync(path))) {
    const version = (await run(node, ["--version"])).stdout.trim().replace(/^v/, "");
    const { stdout } = await run(node, [file], {
      env: {
        PATH: process.env.PATH ?? "",
        BENCH_TARGET: JSON.stringify(target),
        BENCH_CALLS: String(calls),
      },
      maxBuffer: 1 << 20,
    });
    rows.push(...perNodeRows(version, JSON.parse(stdout) as Record<string, number>, calls));
  }
  return rows;
}
