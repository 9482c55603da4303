// Bun entry: `INFISICAL_AUTH_URL=... INFISICAL_AUTH_FIXTURE=... bun test bundle.test.js`.
// @ts-expect-error bun:test types are not installed; the module exists inside Bun.
import { test } from "bun:test";
import { environmentCase, type LoginFixture, methodCases, runCase } from "./cases";

declare const Bun: { env: Record<string, string | undefined> };

const url = Bun.env.INFISICAL_AUTH_URL as string;
const fixture = JSON.parse(Bun.env.INFISICAL_AUTH_FIXTURE as string) as LoginFixture;
for (const c of [...methodCases(fixture), environmentCase(fixture)]) {
  test(c.name, () => runCase(url, c, fixture), 30_000);
}
