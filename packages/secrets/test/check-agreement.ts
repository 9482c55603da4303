// What the in-place checks' tests share: a full secret as the server sends it, and the test
// that holds a check to its valibot schema (never looser: where the schema refuses a body,
// so must the check), mutating every field the schema names with every kind of wrong value.

import { readdirSync, readFileSync } from "node:fs";
import * as v from "valibot";
import { expect } from "vitest";
import { SecretSchema } from "../src/schemas";

/** A secret with every field the schema names, optional ones included. */
export const fullSecret = () => ({
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

/** The full secret with every field the schema marks optional or nullish left out. */
export function bareSecret(): Record<string, unknown> {
  const secret: Record<string, unknown> = fullSecret();
  for (const [key, schema] of Object.entries(SecretSchema.entries)) {
    if (schema.type === "optional" || schema.type === "nullish") delete secret[key];
  }
  return secret;
}

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

/**
 * For every key of `entries` at the place `pick` finds in a fresh `body()`: left out, then set
 * to each wrong value, `check` accepts only what `schema` accepts, and refuses what it refuses.
 */
export function expectNeverLooser<B>(
  schema: v.GenericSchema,
  check: (body: unknown) => boolean,
  body: () => B,
  pick: (body: B) => Record<string, unknown>,
  entries: v.ObjectEntries,
  place: string,
): void {
  for (const key of Object.keys(entries)) {
    type Mutation = [string, (b: B) => void];
    const variants: Mutation[] = [
      ["missing", (b) => delete pick(b)[key]],
      ...wrongValues.map(([name, value]): Mutation => [name, (b) => (pick(b)[key] = value)]),
    ];
    for (const [name, mutate] of variants) {
      const b = body();
      mutate(b);
      const schemaSays = v.is(schema, b);
      // A check stricter than the schema is safe (valibot decides); looser never is.
      if (check(b)) expect(schemaSays, `${place}.${key} ${name}`).toBe(true);
      // Where the schema refuses, so must the check (no wrong value gets through).
      if (!schemaSays) expect(check(b), `${place}.${key} ${name}`).toBe(false);
    }
  }
}

/** The bodies of the real server's 200 answers to GETs whose recording file matches `name`. */
export function recordedBodies(name: RegExp): [file: string, body: unknown][] {
  const dir = new URL("../../../fixtures/infisical-real/", import.meta.url);
  return readdirSync(dir)
    .filter((file) => name.test(file))
    .map((file) => [file, JSON.parse(readFileSync(new URL(file, dir), "utf8"))] as const)
    .filter(([, recording]) => recording.status === 200 && recording.request.method === "GET")
    .map(([file, recording]) => [file, recording.body]);
}
