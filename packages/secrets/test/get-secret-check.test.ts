// getSecret checks its answer in place (core's in-place check, compiled from the valibot
// schema) and only runs valibot on a body that check refuses. Held here to the schema: for
// every field the schema names, each kind of wrong value the check accepts, valibot accepts
// too; every recorded answer of the real server passes; on the wire, a wrong value is a
// typed error naming the field, and a good answer is the parsed secret itself.

import type { ClientHooks } from "@infisical-edge/core";
import { InfisicalResponseError } from "@infisical-edge/core";
import { inPlaceCheck } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { getSecret } from "../src/index";
import { GetSecretResponse, SecretMetadataEntry, SecretSchema, SecretTag } from "../src/schemas";
import { bareSecret, expectNeverLooser, fullSecret, recordedBodies } from "./check-agreement";
import { setup as base, dev } from "./setup";

const setup = (hooks?: ClientHooks) => base({ retry: false, ...(hooks ? { hooks } : {}) });
const check = inPlaceCheck(GetSecretResponse)!;

const body = () => ({ secret: fullSecret() });
type Body = ReturnType<typeof body>;

/** Every place a value sits in the body, with the schema entries that define it. */
const places: [string, (b: Body) => Record<string, unknown>, v.ObjectEntries][] = [
  ["the body", (b) => b, GetSecretResponse.entries],
  ["the secret", (b) => b.secret, SecretSchema.entries],
  ["a metadata entry", (b) => b.secret.secretMetadata[0]!, SecretMetadataEntry.entries],
  ["a tag", (b) => b.secret.tags[0]!, SecretTag.entries],
];

describe("getSecret's in-place check agrees with GetSecretResponse", () => {
  it("exists for this schema (no pipe or default keeps it from compiling)", () => {
    expect(check).toBeTypeOf("function");
  });

  it("accepts a full body, and one with every optional field left out", () => {
    expect(check(body())).toBe(true);
    const bare = { secret: bareSecret() };
    expect(v.is(GetSecretResponse, bare)).toBe(true);
    expect(check(bare)).toBe(true);
  });

  for (const [place, pick, entries] of places) {
    it(`is never looser than the schema on any field of ${place}`, () => {
      expectNeverLooser(GetSecretResponse, check, body, pick, entries, place);
    });
  }

  it("accepts every single-secret answer recorded from the real server", () => {
    const bodies = recordedBodies(/^secrets-v4-get.*\.json$/);
    for (const [file, recorded] of bodies) {
      expect(v.is(GetSecretResponse, recorded), file).toBe(true);
      expect(check(recorded), file).toBe(true);
    }
    expect(bodies.length).toBeGreaterThan(5);
  });
});

describe("getSecret on the wire", () => {
  const path = "/api/v4/secrets/DB_URL";
  const read = (client: Parameters<typeof getSecret>[0]) =>
    getSecret(client, { ...dev, secretName: "DB_URL", cache: false });

  it("a wrong type is a typed error naming the field, never a wrong value", async () => {
    const { client, emulator } = setup();
    const bad = body() as unknown as { secret: Record<string, unknown> };
    bad.secret.secretValue = { nested: "hidden-value-x" };
    emulator.faults.add({ path, fault: { kind: "wrong-shape", body: bad } });
    const error = await read(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfisicalResponseError);
    const message = String((error as Error).message);
    expect(message).toContain("secret.secretValue");
    expect(message).not.toMatch(/hidden-value/);
  });

  it("a wrong tag deep in the secret is one too", async () => {
    const { client, emulator } = setup();
    const bad = body();
    (bad.secret.tags[0] as Record<string, unknown>).slug = 5;
    emulator.faults.add({ path, fault: { kind: "wrong-shape", body: bad } });
    const error = await read(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfisicalResponseError);
    expect(String((error as Error).message)).toContain("secret.tags.0.slug");
  });

  it("a good answer is the parsed secret itself, extra fields kept", async () => {
    let parsed: { secret?: unknown } | undefined;
    const { client, emulator } = setup({
      onResponse: ({ response }) => {
        parsed = response._data as typeof parsed;
      },
    });
    const good = body() as unknown as { secret: Record<string, unknown> };
    good.secret.futureField = "kept";
    emulator.faults.add({ path, fault: { kind: "wrong-shape", body: good } });
    const secret = await read(client);
    expect(secret.secretValue).toBe("hidden-value-42");
    expect((secret as Record<string, unknown>).futureField).toBe("kept");
    expect(secret).toBe(parsed?.secret);
  });
});
