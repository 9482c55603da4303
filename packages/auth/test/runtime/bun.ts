// Bun entry: `INFISICAL_AUTH_URL=... INFISICAL_AUTH_FIXTURE=... bun test bundle.test.js`.
import { environmentCase, type LoginFixture, methodCases, runCase } from "./cases";

// bun:test exists only inside Bun; imported by a computed name so that no type package is needed.
const BUN_TEST = "bun:test";
const { test } = (await import(BUN_TEST)) as {
  test(name: string, fn: () => Promise<void>, timeout?: number): void;
};

declare const Bun: { env: Record<string, string | undefined> };

const url = Bun.env.INFISICAL_AUTH_URL as string;
const fixture = JSON.parse(Bun.env.INFISICAL_AUTH_FIXTURE as string) as LoginFixture;
for (const c of [...methodCases(fixture), environmentCase(fixture)]) {
  test(c.name, () => runCase(url, c, fixture), 30_000);
}
