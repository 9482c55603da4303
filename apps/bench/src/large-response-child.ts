// Child-process side of the large-response benchmark (one fresh process per contender, run
// with --expose-gc). fetch is replaced by an in-memory stub that answers the login and the
// recorded 10,000-secret list bodies, so the time measured is the client's own work: reading
// the body, parsing JSON, validating and reshaping. Prints one JSON line of results.

import { readFileSync } from "node:fs";
import type { Contender } from "./contenders/types";
import { LARGE_ENV } from "./seed";

export interface LargeResult {
  count: number;
  firstMs: number;
  medianMs: number;
  /** Peak RSS during the first call above the RSS before it, in bytes. */
  peakRssDelta: number;
  /** Heap still used while the caller holds the result, above the heap before, in bytes. */
  heapHeld: number;
}

const REPEATS = 5;

function stubFetch(dir: string): typeof fetch {
  const bodies = {
    login: readFileSync(`${dir}/login.json`),
    v3: readFileSync(`${dir}/list-v3.json`),
    v4: readFileSync(`${dir}/list-v4.json`),
  };
  return async (input) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const body = url.includes("/login")
      ? bodies.login
      : url.includes("/api/v3/")
        ? bodies.v3
        : bodies.v4;
    return new Response(new Uint8Array(body), {
      headers: { "content-type": "application/json; charset=utf-8" },
    });
  };
}

export async function run(contender: Contender): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  globalThis.fetch = stubFetch(process.env.LARGE_BODIES_DIR as string);
  const target = {
    siteUrl: "http://bench.localhost",
    clientId: "id",
    clientSecret: "secret",
    projectId: process.env.PROJECT_ID as string,
  };
  // Every contender has logged in (one request through its stack) before the first call.
  const session = await contender.connect(target, { login: true });
  gc();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let started = performance.now();
  const held = await session.listSecrets(LARGE_ENV);
  const firstMs = performance.now() - started;
  const peakRssDelta = process.resourceUsage().maxRSS * 1024 - rssBefore;
  gc();
  const heapHeld = process.memoryUsage().heapUsed - heapBefore;
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    started = performance.now();
    await session.listSecrets(LARGE_ENV);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const result: LargeResult = {
    count: held.length,
    firstMs,
    medianMs: times[Math.floor(REPEATS / 2)]!,
    peakRssDelta,
    heapHeld,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
