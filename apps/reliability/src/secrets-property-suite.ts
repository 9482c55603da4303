// Property-based tests of the secrets functions: hostile options either work, or raise
// InfisicalValidationError before any request, or get the server's 4xx; nothing crashes,
// hangs, pollutes a prototype or sends a URL that leaves its route. The functions are split
// over two test files (reads, writes) so that each stays within its time.

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertNoPollution, RUNS } from "./hostile";
import { createLeakScanner } from "./leak-scanner";
import { type Counts, check, newCounts } from "./property-harness";
import { CANARY, FUNCTIONS } from "./secrets-inputs";
import { CLIENT_SECRET, VALUES, world } from "./world";

export function secretsPropertySuite(NAMES: string[]): void {
  const w = world({ timeout: 5_000, retry: false });
  const scanner = createLeakScanner().forbid(CLIENT_SECRET, CANARY, ...Object.values(VALUES));
  const tallies = new Map<string, Counts>();

  beforeAll(async () => {
    // Log in first, so the token is known (and forbidden) before any error is scanned.
    await w.client.session.token();
    scanner.forbid(...w.emulator.state.tokens.keys());
  });

  describe(`secrets functions under ${RUNS} hostile inputs each`, () => {
    for (const [name, fn, arbitrary] of FUNCTIONS.filter(([n]) => NAMES.includes(n))) {
      it(name, async () => {
        const counts = newCounts();
        tallies.set(name, counts);
        await fc.assert(
          fc.asyncProperty(arbitrary, async (input) => {
            const outcome = await check(
              () => fn(w.client, input),
              input,
              w.rawUrls,
              (error) => scanner.scanError(name, error),
            );
            counts[outcome]++;
            assertNoPollution();
          }),
          { numRuns: RUNS },
        );
        // The inputs must exercise both sides: refused up front, and sent to the server.
        expect(counts.invalid).toBeGreaterThan(RUNS / 10);
        expect(counts.ok + counts.refused).toBeGreaterThan(RUNS / 10);
      });
    }

    it("no error, cache key or URL holds a secret value, token or client secret", async () => {
      scanner.forbid(...w.emulator.state.tokens.keys());
      expect(scanner.forbiddenCount).toBeGreaterThanOrEqual(7);
      scanner.scanKeys("cache keys", await w.client.cache.storage.getKeys());
      for (const raw of w.rawUrls) scanner.scanText("url", raw);
      expect(scanner.findings).toEqual([]);
      expect(scanner.scanned).toBeGreaterThan(1000);
    });
  });

  afterAll(() => {
    const lines = [...tallies].map(
      ([name, c]) =>
        `${name.padEnd(14)} ok ${c.ok}  invalid ${c.invalid}  refused (4xx) ${c.refused}  aborted ${c.aborted}`,
    );
    console.log(`\nsecrets properties (${RUNS} runs each)\n${lines.join("\n")}\n`);
  });
}
