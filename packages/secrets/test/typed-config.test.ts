// loadSecrets with a Standard Schema: the parsed, typed output, or one validation error that
// names every bad key and why, never a value. Checked with valibot, zod and a hand-written
// asynchronous schema.

import { InfisicalValidationError } from "@infisical-edge/core";
import * as v from "valibot";
import { afterEach, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { createSecrets, loadSecrets } from "../src/index";
import { loadSecrets as loadIntoEnv } from "../src/node/index";
import { PROJECT_ID, setup } from "./setup";

const { client, emulator } = setup();
const at = { projectId: PROJECT_ID, environment: "prod", secretPath: "/" } as const;
const TOKEN = "s3cr3t-token-value-9f8e";
/** A secret stored base64-encoded, which a schema decodes before checking it. */
const DECODED = "hunter2-private-key-material";

beforeAll(async () => {
  await createSecrets(client, {
    ...at,
    secrets: [
      { secretKey: "PORT", secretValue: "8080" },
      { secretKey: "DEBUG", secretValue: "yes" },
      { secretKey: "API_URL", secretValue: "https://api.example.com" },
      { secretKey: "API_TOKEN", secretValue: TOKEN },
      { secretKey: "MODE", secretValue: "turbo-mode" },
      { secretKey: "KEY_B64", secretValue: btoa(DECODED) },
      { secretKey: "PIN_B64", secretValue: btoa("5432") },
    ],
  });
});

afterEach(() => {
  for (const key of ["PORT", "API_TOKEN"]) delete process.env[key];
});

/** Throws unless `error` is one InfisicalValidationError carrying none of the values. */
function leakFree(error: unknown, values: string[]): InfisicalValidationError {
  expect(error).toBeInstanceOf(InfisicalValidationError);
  const e = error as InfisicalValidationError;
  const text = [
    e.message,
    String(e),
    e.stack ?? "",
    JSON.stringify(e),
    JSON.stringify(e.issues),
    JSON.stringify(e.cause ?? null),
  ].join("\n");
  for (const value of values) expect(text).not.toContain(value);
  return e;
}

describe("loadSecrets with a valibot schema", () => {
  const Config = v.object({
    PORT: v.pipe(v.string(), v.digits(), v.transform(Number)),
    DEBUG: v.pipe(
      v.picklist(["yes", "no"]),
      v.transform((s) => s === "yes"),
    ),
    API_URL: v.pipe(v.string(), v.url()),
    LOG_LEVEL: v.optional(v.picklist(["info", "debug"]), "info"),
  });

  it("answers the schema's parsed, typed output (unknown keys dropped by v.object)", async () => {
    const config = await loadSecrets(client, { ...at, schema: Config });
    expect(config).toEqual({
      PORT: 8080,
      DEBUG: true,
      API_URL: "https://api.example.com",
      LOG_LEVEL: "info",
    });
    expectTypeOf(config).toEqualTypeOf<v.InferOutput<typeof Config>>();
    expectTypeOf(config.PORT).toEqualTypeOf<number>();
  });

  it("without a schema the record is plain strings, as before", async () => {
    const record = await loadSecrets(client, at);
    expectTypeOf(record).toEqualTypeOf<Record<string, string>>();
    expect(record.PORT).toBe("8080");
  });

  it("fails once for every bad key, naming each and why, quoting no value", async () => {
    const Strict = v.object({
      API_TOKEN: v.pipe(v.string(), v.url()), // valibot quotes the input: 'Received "…"'
      MODE: v.picklist(["fast", "slow"]),
      PORT: v.pipe(v.string(), v.maxLength(2, "at most 2 characters")),
      DATABASE_URL: v.string(),
      REDIS_URL: v.string(),
    });
    const error = await loadSecrets(client, { ...at, schema: Strict }).catch((e: unknown) => e);
    const e = leakFree(error, [TOKEN, "turbo-mode", "turbo", "8080"]);
    expect(e.issues.map((i) => i.field)).toEqual([
      "API_TOKEN",
      "MODE",
      "PORT",
      "DATABASE_URL",
      "REDIS_URL",
    ]);
    const reason = Object.fromEntries(e.issues.map((i) => [i.field, i.reason]));
    expect(reason.DATABASE_URL).toBe("missing");
    expect(reason.REDIS_URL).toBe("missing");
    expect(reason.PORT).toBe("at most 2 characters"); // a message without the value is kept
    expect(reason.API_TOKEN).toMatch(/withheld/);
    for (const key of ["API_TOKEN", "MODE", "PORT", "DATABASE_URL", "REDIS_URL"]) {
      expect(e.message).toContain(key);
    }
  });
});

describe("a schema that transforms the value first", () => {
  it("withholds a message quoting the decoded value", async () => {
    const Keys = v.object({
      KEY_B64: v.pipe(v.string(), v.transform(atob), v.regex(/^-----BEGIN/)),
    });
    const error = await loadSecrets(client, { ...at, schema: Keys }).catch((e: unknown) => e);
    const e = leakFree(error, [DECODED, "hunter2", btoa(DECODED)]);
    expect(e.issues).toEqual([{ field: "KEY_B64", reason: expect.stringMatching(/withheld/) }]);
  });

  it("withholds a message naming a transformed value without quotes", async () => {
    // valibot: "Invalid value: Expected <=100 but received 5432", nothing like "NTQzMg==".
    const Pins = v.object({
      PIN_B64: v.pipe(v.string(), v.transform(atob), v.transform(Number), v.maxValue(100)),
    });
    const error = await loadSecrets(client, { ...at, schema: Pins }).catch((e: unknown) => e);
    const e = leakFree(error, ["5432"]);
    expect(e.issues).toEqual([{ field: "PIN_B64", reason: expect.stringMatching(/withheld/) }]);
  });
});

describe("loadSecrets with a zod schema", () => {
  it("parses with coercion and types the output", async () => {
    const Config = z.object({ PORT: z.coerce.number().int(), API_URL: z.string().url() });
    const config = await loadSecrets(client, { ...at, schema: Config });
    expect(config).toEqual({ PORT: 8080, API_URL: "https://api.example.com" });
    expectTypeOf(config).toEqualTypeOf<{ PORT: number; API_URL: string }>();
  });

  it("one error for all bad keys; zod's quoting messages are withheld", async () => {
    const Strict = z.object({
      MODE: z.enum(["fast", "slow"]), // zod: "... received 'turbo-mode'"
      API_TOKEN: z.string().min(100),
      SENTRY_DSN: z.string(),
    });
    const error = await loadSecrets(client, { ...at, schema: Strict }).catch((e: unknown) => e);
    const e = leakFree(error, [TOKEN, "turbo-mode"]);
    expect(e.issues.map((i) => i.field)).toEqual(["MODE", "API_TOKEN", "SENTRY_DSN"]);
    expect(e.issues[0]?.reason).toMatch(/withheld/);
    expect(e.issues[1]?.reason).toMatch(/at least 100/);
    expect(e.issues[2]?.reason).toBe("missing");
  });
});

describe("any Standard Schema", () => {
  it("an asynchronous validate is awaited", async () => {
    const schema = {
      "~standard": {
        version: 1 as const,
        vendor: "test",
        validate: async (value: unknown) => ({
          value: Object.keys(value as Record<string, string>).length,
        }),
        types: undefined as unknown as { input: unknown; output: number },
      },
    };
    const count = await loadSecrets(client, { ...at, schema });
    expectTypeOf(count).toEqualTypeOf<number>();
    expect(count).toBeGreaterThanOrEqual(6);
  });

  it("an issue about the whole record names `secrets` and withholds a quoting message", async () => {
    const schema = {
      "~standard": {
        version: 1 as const,
        vendor: "test",
        validate: (value: unknown) => ({
          issues: [{ message: `bad record: ${JSON.stringify(value)}` }],
        }),
      },
    };
    const error = await loadSecrets(client, { ...at, schema }).catch((e: unknown) => e);
    const e = leakFree(error, [TOKEN, "turbo-mode", "8080"]);
    expect(e.issues).toEqual([{ field: "secrets", reason: expect.stringMatching(/withheld/) }]);
  });

  it("a schema that is not a Standard Schema is refused before any request", async () => {
    const fresh = setup();
    for (const bad of [{}, { "~standard": { version: 2, validate: () => ({}) } }, "x"]) {
      await expect(
        loadSecrets(fresh.client, { ...at, schema: bad as never }),
      ).rejects.toMatchObject({ field: "schema" });
    }
    expect(fresh.emulator.count()).toBe(0);
  });
});

describe("@infisical-edge/secrets/node loadSecrets with a schema", () => {
  const Config = v.object({ PORT: v.pipe(v.string(), v.transform(Number)) });

  it("answers the parsed output and writes the raw strings into process.env", async () => {
    const config = await loadIntoEnv(client, { ...at, schema: Config, intoEnv: true });
    expect(config).toEqual({ PORT: 8080 });
    expect(process.env.PORT).toBe("8080");
    expect(process.env.API_TOKEN).toBe(TOKEN);
  });

  it("writes nothing when the schema fails", async () => {
    const Strict = v.object({ PORT: v.string(), MISSING: v.string() });
    await expect(
      loadIntoEnv(client, { ...at, schema: Strict, intoEnv: { override: true } }),
    ).rejects.toMatchObject({ field: "MISSING" });
    expect(process.env.PORT).toBeUndefined();
  });
});

it("the emulator saw no value in any query string", () => {
  for (const request of emulator.requests) {
    expect(JSON.stringify(request.query)).not.toContain(TOKEN);
  }
});
