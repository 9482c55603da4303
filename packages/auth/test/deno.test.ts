// Every method in Deno, including AWS IAM with keys and region read from the environment
// (Deno.env, allowed for exactly those variables).

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awsEnvironment, bin, bundle, caseNames, packageDir, startWorld } from "./runtimes";

const run = promisify(execFile);

describe("every method in Deno", () => {
  let server: Awaited<ReturnType<typeof startWorld>>;
  let output: string;
  beforeAll(async () => {
    server = await startWorld();
    const file = await bundle("deno.ts", "auth-deno.test.js");
    const host = new URL(server.url).host;
    const allowEnv = [...Object.keys(awsEnvironment), "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION"];
    const result = await run(
      bin("deno"),
      [
        "test",
        `--allow-net=${host}`,
        `--allow-env=${allowEnv.join(",")}`,
        "--no-config",
        "--no-lock",
        file,
        "--",
        server.url,
        JSON.stringify(server.fixture),
      ],
      {
        cwd: packageDir,
        env: { ...process.env, ...awsEnvironment, AWS_SESSION_TOKEN: "", NO_COLOR: "1" },
      },
    ).catch((error) => error);
    output = `${result.stdout}\n${result.stderr}`;
    expect(result.code ?? 0, output).toBe(0);
  }, 120_000);
  afterAll(() => server.close());

  for (const name of [...caseNames(), "awsIamAuth (environment variables)"]) {
    it(name, () => {
      expect(output).toMatch(new RegExp(`${escapeRegExp(name)} \\.\\.\\. ok`));
    });
  }
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
