import { readFileSync } from "node:fs";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases } from "../src/suite";
import { bundle, startEmulator } from "./harness";

describe("end-to-end inside workerd (miniflare)", () => {
  let server: Awaited<ReturnType<typeof startEmulator>>;
  let results: { name: string; ok: boolean; error?: string }[];
  beforeAll(async () => {
    server = await startEmulator();
    const script = readFileSync(await bundle("worker.ts", "worker.js"), "utf8");
    const mf = new Miniflare({
      modules: true,
      script,
      compatibilityDate: "2025-01-01",
      bindings: { EMULATOR_URL: server.url },
    });
    try {
      const response = await mf.dispatchFetch("http://worker.test/run");
      results = (await response.json()) as typeof results;
    } finally {
      await mf.dispose();
    }
  }, 60_000);
  afterAll(() => server.close());

  it("ran every case", () => {
    expect(results.map((r) => r.name)).toEqual(cases.map((c) => c.name));
  });
  for (const c of cases) {
    it(c.name, () => {
      const result = results.find((r) => r.name === c.name);
      expect(result?.error).toBeUndefined();
      expect(result?.ok).toBe(true);
    });
  }
});
