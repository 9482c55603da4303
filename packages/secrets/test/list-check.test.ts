// The list body's in-place check (list-check.ts) against its definition, the valibot schema:
// for every field the schema names (derived from the schema, so a field added there is
// covered here), every kind of wrong value the check accepts must be one valibot accepts too.
// And on the wire: one wrong value deep in one secret among 10,000 is a typed error naming it.

import type { ClientHooks } from "@infisical-edge/core";
import { InfisicalResponseError } from "@infisical-edge/core";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { listSecrets } from "../src/index";
import { isListBody } from "../src/list-check";
import { ListSecretsResponse, SecretImportSchema } from "../src/list-schemas";
import { SecretMetadataEntry, SecretSchema, SecretTag } from "../src/schemas";
import { bareSecret, expectNeverLooser, fullSecret, recordedBodies } from "./check-agreement";
import { setup as base, dev } from "./setup";

const setup = (hooks?: ClientHooks) => base({ retry: false, ...(hooks ? { hooks } : {}) });

const body = () => ({
  secrets: [fullSecret()],
  imports: [{ secretPath: "/", environment: "prod", folderId: "f1", secrets: [fullSecret()] }],
});
type Body = ReturnType<typeof body>;

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
    const bare = { secrets: [bareSecret()] };
    expect(v.is(ListSecretsResponse, bare)).toBe(true);
    expect(isListBody(bare)).toBe(true);
  });

  for (const [place, pick, entries] of places) {
    it(`is never looser than the schema on any field of ${place}`, () => {
      expectNeverLooser(ListSecretsResponse, isListBody, body, pick, entries, place);
    });
  }

  it("refuses what is not an object at each level", () => {
    for (const value of [null, "s", 1, [], [fullSecret()]]) expect(isListBody(value)).toBe(false);
    expect(isListBody({ secrets: [fullSecret(), []] })).toBe(false);
    expect(isListBody({ secrets: [fullSecret()], imports: [null] })).toBe(false);
  });

  it("accepts every list body recorded from the real server", () => {
    const bodies = recordedBodies(/^secrets-v4-list.*\.json$/);
    for (const [file, recorded] of bodies) {
      expect(v.is(ListSecretsResponse, recorded), file).toBe(true);
      expect(isListBody(recorded), file).toBe(true);
    }
    expect(bodies.length).toBeGreaterThan(5);
  });
});

describe("a malformed secret deep in a large list", () => {
  const large = () => {
    const secrets = Array.from({ length: 10_000 }, (_, i) => ({
      ...fullSecret(),
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
