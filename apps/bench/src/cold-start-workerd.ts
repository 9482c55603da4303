// Cold start in workerd (miniflare): a new workerd isolate per run, loading the same tiny
// program bundled for workerd, timed from `new Miniflare()` to the first response, and from
// workerd ready (script loaded) to the first response. The official SDK cannot be bundled for
// workerd, so it has no row here beyond saying so.

import { Miniflare } from "miniflare";
import { bundle, entryPath, hasObjectApi } from "./build";
import type { Target } from "./contenders/types";
import type { Row } from "./report";
import { SECRET_VALUE } from "./seed";
import { median, ratio } from "./stats";

const TOTAL = "cold start, workerd: new isolate → first response";
const FIRST = "cold start, workerd: isolate ready → first response";

const variants = [
  { subject: "raw fetch", entry: "raw-fetch.ts" },
  { subject: "this SDK, modular", entry: "worker-modular.ts" },
  ...(hasObjectApi() ? [{ subject: "this SDK, object API", entry: "worker-object.ts" }] : []),
];

async function timeOnce(script: string, target: Target): Promise<[total: number, first: number]> {
  const started = performance.now();
  const mf = new Miniflare({
    modules: true,
    script,
    compatibilityDate: "2025-01-01",
    bindings: {
      SITE_URL: target.siteUrl,
      CLIENT_ID: target.clientId,
      CLIENT_SECRET: target.clientSecret,
      PROJECT_ID: target.projectId,
    },
  });
  try {
    await mf.ready;
    const ready = performance.now();
    const response = await mf.dispatchFetch("http://bench.local/");
    const text = await response.text();
    const done = performance.now();
    if (text !== SECRET_VALUE) throw new Error(`worker answered ${response.status}`);
    return [done - started, done - ready];
  } finally {
    await mf.dispose();
  }
}

export async function measureColdStartWorkerd(target: Target, runs: number): Promise<Row[]> {
  const decoder = new TextDecoder();
  const scripts = await Promise.all(
    variants.map(async (v) =>
      decoder.decode(await bundle({ entry: entryPath(v.entry), target: "workerd", minify: true })),
    ),
  );
  const totals: number[][] = variants.map(() => []);
  const firsts: number[][] = variants.map(() => []);
  await timeOnce(scripts[0]!, target); // the first workerd launch also warms the disk cache
  for (let run = 0; run < runs; run++) {
    for (const [i, script] of scripts.entries()) {
      const [total, first] = await timeOnce(script, target);
      totals[i]!.push(total);
      firsts[i]!.push(first);
    }
  }
  const rows: Row[] = [];
  for (const [measure, samples] of [
    [TOTAL, totals],
    [FIRST, firsts],
  ] as const) {
    const base = median(samples[0]!);
    variants.forEach((v, i) => {
      const value = median(samples[i]!);
      rows.push({
        measure,
        subject: v.subject,
        value,
        unit: "ms",
        ...(i === 0 ? {} : { baseline: "raw fetch", ratio: ratio(value, base) }),
        note: `median of ${runs}${measure === TOTAL ? "; includes launching workerd" : ""}`,
      });
    });
    rows.push({
      measure,
      subject: "official SDK",
      value: null,
      unit: "ms",
      note: "n/a: cannot be bundled for workerd",
    });
  }
  return rows;
}
