import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases } from "../src/suite";
import { appDir, bin, bundle, startEmulator } from "./harness";

const run = promisify(execFile);

describe("end-to-end in Bun", () => {
  let server: Awaited<ReturnType<typeof startEmulator>>;
  let output: string;
  beforeAll(async () => {
    server = await startEmulator();
    const file = await bundle("bun.ts", "bun-suite.test.js");
    const result = await run(bin("bun"), ["test", file], {
      cwd: appDir,
      env: { ...process.env, INFISICAL_E2E_URL: server.url, NO_COLOR: "1" },
    }).catch((error) => error);
    output = `${result.stdout}\n${result.stderr}`;
    // A child killed by a signal has no exit code: that is a failure too.
    expect(result.signal ?? null, output).toBeNull();
    expect(result.code ?? 0, output).toBe(0);
  }, 120_000);
  afterAll(() => server.close());

  for (const c of cases) {
    it(c.name, () => {
      expect(output).toMatch(new RegExp(`\\(pass\\) ${escapeRegExp(c.name)}`));
    });
  }
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
