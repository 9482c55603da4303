// Every method in Bun, including AWS IAM with keys and region read from the environment.

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awsEnvironment, bin, bundle, caseNames, packageDir, startWorld } from "./runtimes";

const run = promisify(execFile);

describe("every method in Bun", () => {
  let server: Awaited<ReturnType<typeof startWorld>>;
  let output: string;
  beforeAll(async () => {
    server = await startWorld();
    const file = await bundle("bun.ts", "auth-bun-suite.test.js");
    const result = await run(bin("bun"), ["test", file], {
      cwd: packageDir,
      env: {
        ...process.env,
        ...awsEnvironment,
        AWS_SESSION_TOKEN: "",
        INFISICAL_AUTH_URL: server.url,
        INFISICAL_AUTH_FIXTURE: JSON.stringify(server.fixture),
        NO_COLOR: "1",
      },
    }).catch((error) => error);
    output = `${result.stdout}\n${result.stderr}`;
    expect(result.code ?? 0, output).toBe(0);
  }, 120_000);
  afterAll(() => server.close());

  for (const name of [...caseNames(), "awsIamAuth (environment variables)"]) {
    it(name, () => {
      expect(output).toMatch(new RegExp(`\\(pass\\) ${escapeRegExp(name)}`));
    });
  }
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
