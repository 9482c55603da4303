// Cold start in Node: a fresh `node` process per run, from spawn to the first secret on its
// stdout. Each contender runs the same tiny program (src/entries), bundled for Node; the
// official SDK also as installed (imported from node_modules, as most Node users run it).

import { spawn } from "node:child_process";
import { bundleToFile, entryPath, hasObjectApi } from "./build";
import type { Target } from "./contenders/types";
import type { Row } from "./report";
import { SECRET_VALUE } from "./seed";
import { median, percentile, ratio } from "./stats";

const MEASURE = "cold start, Node: process start → first secret";

const variants = [
  { subject: "raw fetch", entry: "raw-fetch.ts", external: false },
  { subject: "this SDK, modular", entry: "worker-modular.ts", external: false },
  ...(hasObjectApi()
    ? [{ subject: "this SDK, object API", entry: "worker-object.ts", external: false }]
    : []),
  { subject: "official SDK (bundled)", entry: "worker-official.ts", external: false },
  { subject: "official SDK (from node_modules)", entry: "worker-official.ts", external: true },
];

// Calls the Worker-shaped program once with process.env as its env, prints the secret, exits.
const runner = (entry: string) => `
import worker from ${JSON.stringify(entryPath(entry))};
const response = await worker.fetch(new Request("http://bench.local/"), process.env);
process.stdout.write((await response.text()) + "\\n");
process.exit(0);
`;

function timeOnce(file: string, env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [file], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let elapsed: number | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk;
      if (elapsed === undefined && out.includes("\n")) elapsed = performance.now() - started;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk;
    });
    child.once("error", reject);
    child.once("exit", () => {
      if (elapsed !== undefined && out.trim() === SECRET_VALUE) resolve(elapsed);
      else reject(new Error(`${file} failed: ${err.slice(0, 300) || out.slice(0, 300)}`));
    });
  });
}

export async function measureColdStartNode(target: Target, runs: number): Promise<Row[]> {
  const env = {
    PATH: process.env.PATH ?? "",
    SITE_URL: target.siteUrl,
    CLIENT_ID: target.clientId,
    CLIENT_SECRET: target.clientSecret,
    PROJECT_ID: target.projectId,
  };
  const files = await Promise.all(
    variants.map((v, i) =>
      bundleToFile(`cold-node-${i}`, {
        code: runner(v.entry),
        target: "node",
        external: v.external,
      }),
    ),
  );
  const samples: number[][] = variants.map(() => []);
  for (const file of files) await timeOnce(file, env); // warm the disk cache
  for (let run = 0; run < runs; run++) {
    // Interleaved, so drift on the machine affects every contender alike.
    for (const [i, file] of files.entries()) samples[i]!.push(await timeOnce(file, env));
  }
  const base = median(samples[0]!);
  return variants.map((v, i) => {
    const value = median(samples[i]!);
    return {
      measure: MEASURE,
      subject: v.subject,
      value,
      unit: "ms",
      ...(i === 0 ? {} : { baseline: "raw fetch", ratio: ratio(value, base) }),
      note: `median of ${runs}; p90 ${percentile(samples[i]!, 90).toFixed(1)} ms`,
    };
  });
}
