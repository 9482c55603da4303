// Run by `bun test` with INFISICAL_* set to a running emulator (see ../runtime.test.ts).
import { expect, test } from "bun:test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InfisicalValidationError } from "@infisical-edge/core";
import { getSecret, updateSecret } from "@infisical-edge/secrets";
import { createBunClient } from "../../src/index";

const where = { projectId: Bun.env.IE_PROJECT_ID as string, environment: "dev" };

test("reads INFISICAL_* from Bun.env and reads a secret", async () => {
  const client = createBunClient();
  const secret = await getSecret(client, { ...where, secretName: "API_KEY" });
  expect(secret.secretValue).toBe("demo-api-key");
});

test("caches in a SQLite file; a write invalidates the file's entries", async () => {
  const cacheFile = join(mkdtempSync(join(tmpdir(), "ie-bun-")), "cache.sqlite");
  const writer = createBunClient({ cacheFile });
  const reader = createBunClient({ cacheFile });
  expect((await getSecret(reader, { ...where, secretName: "DB_PORT" })).secretValue).toBe("5432");
  await updateSecret(writer, { ...where, secretName: "DB_PORT", secretValue: "6543" });
  expect((await getSecret(reader, { ...where, secretName: "DB_PORT" })).secretValue).toBe("6543");
});

test("names the missing setting when no credentials are configured", () => {
  let error: unknown;
  try {
    createBunClient({ env: { INFISICAL_CLIENT_SECRET: "cs-only" } });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(InfisicalValidationError);
  expect((error as InfisicalValidationError).field).toBe("INFISICAL_CLIENT_ID");
  expect(String(error)).not.toContain("cs-only");
});

test("a bad cacheFile or shareTokens is a validation error naming it", () => {
  const env = { INFISICAL_TOKEN: "t" };
  const fieldOf = (run: () => unknown) => {
    try {
      run();
    } catch (caught) {
      expect(caught).toBeInstanceOf(InfisicalValidationError);
      return (caught as InfisicalValidationError).field;
    }
    return undefined;
  };
  expect(fieldOf(() => createBunClient({ env, cacheFile: 123 as never }))).toBe("cacheFile");
  expect(fieldOf(() => createBunClient({ env, cacheFile: "/no/such/dir/x.sqlite" }))).toBe(
    "cacheFile",
  );
  expect(fieldOf(() => createBunClient({ env, shareTokens: "yes" as never }))).toBe("shareTokens");
});
