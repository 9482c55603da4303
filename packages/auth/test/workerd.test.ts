// Every login, renewal and revocation inside workerd (miniflare), against the emulator on
// loopback: Web Crypto SigV4, RSA and HMAC-SHA1 signing as the Workers runtime provides them.

import { readFileSync } from "node:fs";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseResult } from "./runtime/cases";
import { bundle, caseNames, startWorld } from "./runtimes";

describe("every method inside workerd", () => {
  let server: Awaited<ReturnType<typeof startWorld>>;
  let results: CaseResult[];
  beforeAll(async () => {
    server = await startWorld();
    const script = readFileSync(await bundle("worker.ts", "auth-worker.js"), "utf8");
    const mf = new Miniflare({
      modules: true,
      script,
      compatibilityDate: "2025-01-01",
      bindings: { EMULATOR_URL: server.url, FIXTURE: JSON.stringify(server.fixture) },
    });
    try {
      results = (await (await mf.dispatchFetch("http://worker.test/run")).json()) as CaseResult[];
    } finally {
      await mf.dispose();
    }
  }, 120_000);
  afterAll(() => server.close());

  it("ran every case", () => {
    expect(results.map((r) => r.name)).toEqual(caseNames());
  });
  for (const name of caseNames()) {
    it(name, () => {
      const result = results.find((r) => r.name === name);
      expect(result?.error).toBeUndefined();
      expect(result?.ok).toBe(true);
    });
  }
  it("each case logged in twice (first request, and after revoke)", () => {
    for (const path of ["/api/v1/auth/oidc-auth/login", "/api/v1/auth/ldap-auth/login"]) {
      expect(server.emulator.count({ path })).toBe(2);
    }
    // Two AWS identities (long-term and temporary keys).
    expect(server.emulator.count({ path: "/api/v1/auth/aws-auth/login" })).toBe(4);
  });
});
