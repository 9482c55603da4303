// Contract test: the bodies a real Infisical server answered (fixtures/ in the repo) parse
// through the SDK's response schemas, and the real server's ECDSA signature verifies locally.

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createClient } from "@infisical-edge/core";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  DecryptResponse,
  EncryptResponse,
  KeyResponse,
  ListKeysResponse,
  PublicKeyResponse,
  SigningAlgorithmsResponse,
  SignResponse,
  VerifyResponse,
  verifyLocally,
} from "../src/index";

const FIXTURES = fileURLToPath(new URL("../../../fixtures/infisical-real/", import.meta.url));

const load = (file: string) => JSON.parse(readFileSync(`${FIXTURES}${file}`, "utf8"));

const SCHEMAS: [RegExp, v.GenericSchema][] = [
  [/^kms-list-keys/, ListKeysResponse],
  [/^kms-(create-key|get-key|update-key|delete-key)/, KeyResponse],
  [/^kms-encrypt/, EncryptResponse],
  [/^kms-decrypt/, DecryptResponse],
  [/^kms-sign-/, SignResponse],
  [/^kms-sign\.json$/, SignResponse],
  [/^kms-verify/, VerifyResponse],
  [/^kms-public-key/, PublicKeyResponse],
  [/^kms-signing-algorithms/, SigningAlgorithmsResponse],
];

const successes = readdirSync(FIXTURES)
  .filter((file) => file.startsWith("kms-"))
  .map((file) => [file, load(file)] as const)
  .filter(([, recording]) => recording.status === 200);

describe("recorded KMS responses", () => {
  it("cover every KMS route", () => {
    expect(successes.length).toBeGreaterThanOrEqual(18);
  });

  it.each(successes)("%s parses through the SDK's schema", (file, recording) => {
    const schema = SCHEMAS.find(([pattern]) => pattern.test(file))?.[1];
    expect(schema, `no schema for ${file}`).toBeDefined();
    const result = v.safeParse(schema as v.GenericSchema, recording.body);
    expect(result.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it("the real server's ECDSA signature verifies locally against its public key", async () => {
    const { publicKey } = load("kms-public-key.json").body;
    const signed = load("kms-sign.json");
    const client = createClient({ fetch: () => Promise.reject(new Error("no network")) });
    const options = {
      publicKey,
      signature: signed.body.signature as string,
      signingAlgorithm: "ECDSA_SHA_256" as const,
    };
    expect(await verifyLocally(client, { ...options, data: "message to sign" })).toBe(true);
    // kms-verify-bad-signature.json: the same signature over other data is invalid.
    expect(await verifyLocally(client, { ...options, data: "other" })).toBe(false);
  });
});
