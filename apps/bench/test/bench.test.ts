import { createEmulator } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { perNodeRows } from "../src/call-overhead-nodes";
import { measureConcurrency } from "../src/concurrency";
import { official } from "../src/contenders/official";
import { ours } from "../src/contenders/ours";
import { rawFetch, rawFetchV3 } from "../src/contenders/raw-fetch";
import { chartSvg, headlineTable } from "../src/headline";
import { markdownTable, type Row } from "../src/report";
import {
  benchSeed,
  CLIENT_ID,
  CLIENT_SECRET,
  LARGE_COUNT,
  LARGE_ENV,
  PROJECT_ID,
  SECRET_NAME,
  SECRET_VALUE,
} from "../src/seed";
import type { EmulatorProcess } from "../src/server";
import { percentile, ratio } from "../src/stats";

describe("stats", () => {
  it("takes nearest-rank percentiles of unsorted samples", () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 99)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it("gives no ratio without both figures", () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
  });
});

describe("headline summary and chart", () => {
  const rows: Row[] = [
    {
      measure: "bundle size, workerd/browser (min+gzip)",
      subject: "raw fetch",
      value: 440,
      unit: "B",
    },
    {
      measure: "bundle size, workerd/browser (min+gzip)",
      subject: "this SDK, modular",
      value: 11_264,
      unit: "B",
      baseline: "raw fetch",
      ratio: 25.6,
    },
    {
      measure: "cache hits: getSecret from cache, sequential",
      subject: "this SDK, built-in memory cache",
      value: 1_050_000,
      unit: "ops/s",
      baseline: "raw fetch (uncached requests/s)",
      ratio: 350,
    },
  ];

  it("lists only the figures the run produced", () => {
    const table = headlineTable(rows);
    expect(table).toContain("| Worker bundle (login + one secret, min+gzip) | 11.00 KB |");
    expect(table).toContain("1,050,000 /s");
    expect(table).not.toContain("listSecrets");
  });

  it("shows the cache-off ratio per Node when the run measured each, against that Node's raw fetch", () => {
    const main: Row = {
      measure: "call overhead: getSecret, cache off, loopback, p50",
      subject: "this SDK",
      value: 1.2,
      unit: "ms",
      baseline: "raw fetch",
      ratio: 1.2,
    };
    const p50 = (raw: number, sdk: number) => ({
      [rawFetch.name]: raw,
      [ours.name]: sdk,
      [rawFetchV3.name]: raw,
      [official.name]: raw * 1.1,
    });
    const perNode = [
      ...perNodeRows("20.1.0", p50(1, 1.2), 10),
      ...perNodeRows("24.2.0", p50(0.8, 0.88), 10),
    ];
    expect(perNode.find((r) => r.subject === "this SDK, Node 24.2.0")?.ratio).toBeCloseTo(1.1);
    const table = headlineTable([...rows, main, ...perNode]);
    expect(table).toContain(
      "| getSecret, cache off, p50 (loopback), Node 20.1.0 | 1.20x | raw fetch; official SDK 1.10x of raw fetch (v3 route) |",
    );
    expect(table).toContain("| getSecret, cache off, p50 (loopback), Node 24.2.0 | 1.10x |");
    // The main run's line is not repeated next to its Node's.
    expect(table).not.toContain("| getSecret, cache off, p50 (loopback) |");
    expect(headlineTable([...rows, main])).toContain(
      "| getSecret, cache off, p50 (loopback) | 1.20x |",
    );
  });

  it("draws one bar per measured contender, scaled to the largest", () => {
    const svg = chartSvg(rows);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<rect x=/g)).toHaveLength(3);
    expect(svg).toContain("11.0 KB");
    expect(svg).toContain("1050k/s");
  });

  it("draws the call overhead as each SDK's ratio to the raw fetch of its own loop", () => {
    const p50 = (subject: string, value: number, baseline?: string, ratio?: number): Row => ({
      measure: "call overhead: getSecret, cache off, loopback, p50",
      subject,
      value,
      unit: "ms",
      ...(baseline && { baseline, ratio }),
    });
    const svg = chartSvg([
      p50(rawFetch.name, 0.9),
      p50(ours.name, 0.99, rawFetch.name, 1.1),
      p50(rawFetchV3.name, 0.8),
      p50(official.name, 0.84, rawFetchV3.name, 1.05),
    ]);
    expect(svg).toContain("1.00x");
    expect(svg).toContain("1.10x");
    expect(svg).toContain("1.05x");
    expect(svg).not.toContain(" ms<");
  });
});

describe("report", () => {
  it("renders absolute figures, ratios and unmeasured rows", () => {
    const rows: Row[] = [
      { measure: "size", subject: "raw fetch", value: 512, unit: "B" },
      { measure: "size", subject: "sdk", value: 2048, unit: "B", baseline: "raw fetch", ratio: 4 },
      { measure: "requests", subject: "sdk", value: 2, unit: "requests", ratio: 2 / 1001 },
      { measure: "size", subject: "official", value: null, unit: "B", note: "does not build" },
    ];
    const lines = markdownTable(rows).split("\n");
    expect(lines[2]).toBe("| size | raw fetch | 0.50 KB |  |  |  |");
    expect(lines[3]).toBe("| size | sdk | 2.00 KB | 4.00x | raw fetch |  |");
    expect(lines[4]).toContain("| 2 requests | 0.0020x |");
    expect(lines[5]).toBe("| size | official | n/a |  |  | does not build |");
  });
});

describe("contenders against the emulator on loopback", () => {
  const emulator = createEmulator({ seed: benchSeed });
  let server: Awaited<ReturnType<typeof serve>>;
  let served: EmulatorProcess;
  beforeAll(async () => {
    server = await serve(emulator, { port: 0 });
    served = {
      target: {
        siteUrl: server.url,
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        projectId: PROJECT_ID,
      },
      count: async () => emulator.count(),
      clear: async () => emulator.clearRequests(),
      stop: () => server.close(),
    };
  });
  afterAll(() => server.close());

  it.each([ours, official, rawFetch, rawFetchV3])("$name reads the secret", async (contender) => {
    const session = await contender.connect(served.target, { cache: false });
    expect(await session.getSecret("prod", SECRET_NAME)).toBe(SECRET_VALUE);
  });

  it.each([ours, official, rawFetch])("$name lists the 10,000 secrets", async (contender) => {
    const session = await contender.connect(served.target);
    expect(await session.listSecrets(LARGE_ENV)).toHaveLength(LARGE_COUNT);
  });

  it("connect with login: true logs this SDK in before its first call, as the others do", async () => {
    emulator.clearRequests();
    const session = await ours.connect(served.target, { login: true });
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
    expect(emulator.count()).toBe(1);
    expect(await session.getSecret("prod", SECRET_NAME)).toBe(SECRET_VALUE);
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
  });

  // 4 subjects × 1,000 concurrent reads: seconds on a quiet machine, far more on a loaded one
  // (it counts requests; nothing here is timed).
  it("counts 2 upstream requests for this SDK and 1,001 for the others", {
    timeout: 180_000,
  }, async () => {
    const rows = await measureConcurrency(served, 1);
    const requests = rows.filter((r) => r.unit === "requests");
    expect(Object.fromEntries(requests.map((r) => [r.subject, r.value]))).toEqual({
      "raw fetch": 1001,
      "this SDK (cache on, the default)": 2,
      "this SDK (cache off)": 2,
      "official SDK": 1001,
    });
    // The last run, the official SDK's, read through the v3 route.
    expect(emulator.count({ path: /^\/api\/v3\/secrets\/raw\// })).toBe(1000);
    expect(emulator.count({ path: /^\/api\/v4\// })).toBe(0);
  });
});
