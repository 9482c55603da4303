import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases } from "../src/suite";
import { appDir, bin, bundle, startEmulator } from "./harness";

const run = promisify(execFile);

describe("end-to-end in Deno", () => {
  let server: Awaited<ReturnType<typeof startEmulator>>;
  let output: string;
  beforeAll(async () => {
    server = await startEmulator();
    const file = await bundle("deno.ts", "deno.test.js");
    const host = new URL(server.url).host;
    // Network access to the emulator's host:port and nothing else: no env, read or write.
    const result = await run(
      bin("deno"),
      ["test", `--allow-net=${host}`, "--no-config", "--no-lock", file, "--", server.url],
      { cwd: appDir, env: { ...process.env, NO_COLOR: "1" } },
    ).catch((error) => error);
    output = `${result.stdout}\n${result.stderr}`;
    // A child killed by a signal has no exit code: that is a failure too.
    expect(result.signal ?? null, output).toBeNull();
    expect(result.code ?? 0, output).toBe(0);
  }, 120_000);
  afterAll(() => server.close());

  for (const c of cases) {
    it(c.name, () => {
      expect(output).toMatch(new RegExp(`${escapeRegExp(c.name)} \\.\\.\\. ok`));
    });
  }
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
