// The list body's in-place check (list-check.ts) against its definition, the valibot schema:
// for every field the schema names (derived from the schema, so a field added there is
// covered here), every kind of wrong value the check accepts must be one valibot accepts too.
// And on the wire: one wrong value deep in one secret among 10,000 is a typed error naming it.

import { readdirSync, readFileSync } from "node:fs";
import type { ClientHooks } from "@infisical-edge/core";
import { InfisicalResponseError } from "@infisical-edge/core";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { listSecrets } from "../src/index";
import { isListBody } from "../src/list-check";
import { ListSecretsResponse, SecretImportSchema } from "../src/list-schemas";
import { SecretMetadataEntry, SecretSchema, SecretTag } from "../src/schemas";
import { setup as base, dev } from "./setup";

const setup = (hooks?: ClientHooks) => base({ retry: false, ...(hooks ? { hooks } : {}) });

const secret = () => ({
  id: "6ac8d88a-ae9f-462f-b379-21281748885c",
  _id: "6ac8d88a-ae9f-462f-b379-21281748885c",
  workspace: "0b7c3e2a-1d4f-4a6b-9c8d-00000000be1c",
  environment: "dev",
  version: 1,
  type: "shared",
  secretKey: "KEY",
  secretValue: "hidden-value-42",
  secretComment: "",
  secretReminderNote: null,
  secretReminderRepeatDays: null,
  skipMultilineEncoding: false,
  createdAt: "2026-11-29T19:33:32.899Z",
  updatedAt: "2026-11-29T19:33:32.899Z",
  isRotatedSecret: false,
  rotationId: null,
  secretPath: "/",
  secretValueHidden: false,
  secretMetadata: [{ key: "owner", value: "ops", isEncrypted: false }],
  tags: [{ id: "t1", slug: "prod", name: "Prod", color: null }],
});
const body = () => ({
  secrets: [secret()],
  imports: [{ secretPath: "/", environment: "prod", folderId: "f1", secrets: [secret()] }],
});
type Body = ReturnType<typeof body>;

const wrongValues: [string, unknown][] = [
  ["a string", "s"],
  ["a number", 7],
  ["NaN", Number.NaN],
  ["a boolean", true],
  ["null", null],
  ["undefined", undefined],
  ["an object", { a: 1 }],
  ["an array", []],
];

/** Every place a value sits in the body, with the schema that defines it. */
const places: [string, (b: Body) => Record<string, unknown>, v.ObjectEntries][] = [
  ["the body", (b) => b, ListSecretsResponse.entries],
  ["a secret", (b) => b.secrets[0]!, SecretSchema.entries],
  ["a metadata entry", (b) => b.secrets[0]!.secretMetadata[0]!, SecretMetadataEntry.entries],
  ["a tag", (b) => b.secrets[0]!.tags[0]!, SecretTag.entries],
  ["an import", (b) => b.imports[0]!, SecretImportSchema.entries],
  ["an imported secret", (b) => b.imports[0]!.secrets[0]!, SecretSchema.entries],
];

describe("isListBody agrees with ListSecretsResponse", () => {
  it("accepts a full body, and one with every optional field left out", () => {
    expect(isListBody(body())).toBe(true);
    const bare = { secrets: [secret()] } as Record<string, unknown>;
    const s = (bare.secrets as Record<string, unknown>[])[0]!;
    for (const [key, schema] of Object.entries(SecretSchema.entries)) {
      if (schema.type === "optional" || schema.type === "nullish") delete s[key];
    }
    expect(v.is(ListSecretsResponse, bare)).toBe(true);
    expect(isListBody(bare)).toBe(true);
  });

  for (const [place, pick, entries] of places) {
    it(`is never looser than the schema on any field of ${place}`, () => {
      for (const key of Object.keys(entries)) {
        type Mutation = [string, (b: Body) => void];
        const variants: Mutation[] = [
          ["missing", (b) => delete pick(b)[key]],
          ...wrongValues.map(([name, value]): Mutation => [name, (b) => (pick(b)[key] = value)]),
        ];
        for (const [name, mutate] of variants) {
          const b = body();
          mutate(b);
          const schemaSays = v.is(ListSecretsResponse, b);
          // A check stricter than the schema is safe (valibot decides); looser never is.
          if (isListBody(b)) expect(schemaSays, `${place}.${key} ${name}`).toBe(true);
          // Where the schema refuses, so must the check (no wrong value gets through).
          if (!schemaSays) expect(isListBody(b), `${place}.${key} ${name}`).toBe(false);
        }
      }
    });
  }

  it("refuses what is not an object at each level", () => {
    for (const value of [null, "s", 1, [], [secret()]]) expect(isListBody(value)).toBe(false);
    expect(isListBody({ secrets: [secret(), []] })).toBe(false);
    expect(isListBody({ secrets: [secret()], imports: [null] })).toBe(false);
  });

  it("accepts every list body recorded from the real server", () => {
    const dir = new URL("../../../fixtures/infisical-real/", import.meta.url);
    const lists = readdirSync(dir).filter((f) => /^secrets-v4-list.*\.json$/.test(f));
    let checked = 0;
    for (const file of lists) {
      const recording = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
      if (recording.status !== 200 || recording.request.method !== "GET") continue;
      expect(v.is(ListSecretsResponse, recording.body), file).toBe(true);
      expect(isListBody(recording.body), file).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe("a malformed secret deep in a large list", () => {
  const large = () => {
    const secrets = Array.from({ length: 10_000 }, (_, i) => ({
      ...secret(),
      secretKey: `KEY_${i}`,
      secretValue: `hidden-value-${i}`,
      tags: [{ id: `t${i}`, slug: `s${i}`, color: null }],
    }));
    return { secrets, imports: [] as unknown[] };
  };

  it("is a typed error naming the field, never a wrong value", async () => {
    const { client, emulator } = setup();
    const bad = large();
    (bad.secrets[7777]!.tags[0] as Record<string, unknown>).slug = 5;
    emulator.faults.add({ path: "/api/v4/secrets", fault: { kind: "wrong-shape", body: bad } });
    const error = await listSecrets(client, { ...dev, cache: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfisicalResponseError);
    const message = String((error as Error).message);
    expect(message).toContain("secrets.7777.tags.0.slug");
    expect(message).not.toMatch(/hidden-value/);
  });

  it("a wrong type in an imported secret is one too", async () => {
    const { client, emulator } = setup();
    const bad = large();
    const imported = large().secrets.slice(0, 3) as Record<string, unknown>[];
    imported[2]!.secretValue = { nested: "hidden-value-x" };
    bad.imports = [{ secretPath: "/", environment: "prod", secrets: imported }];
    emulator.faults.add({ path: "/api/v4/secrets", fault: { kind: "wrong-shape", body: bad } });
    const error = await listSecrets(client, { ...dev, cache: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfisicalResponseError);
    const message = String((error as Error).message);
    expect(message).toContain("imports.0.secrets.2.secretValue");
    expect(message).not.toMatch(/hidden-value/);
  });

  it("a well-formed large list is the parsed body itself (no copy of any secret)", async () => {
    let parsed: { secrets?: unknown } | undefined;
    const { client, emulator } = setup({
      onResponse: ({ response }) => {
        parsed = response._data as typeof parsed;
      },
    });
    emulator.faults.add({ path: "/api/v4/secrets", fault: { kind: "wrong-shape", body: large() } });
    const list = await listSecrets(client, { ...dev, cache: false });
    expect(list.secrets).toHaveLength(10_000);
    expect(list.secrets[9999]!.secretValue).toBe("hidden-value-9999");
    expect(list.secrets).toBe(parsed?.secrets);
  });
});
