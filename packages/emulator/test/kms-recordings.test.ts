import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../src";
import { kmsKeys } from "../src/kms/store";
import { call, fixtureSeed, IDENTITY_ID, START } from "./helpers";
import { shapeDiff } from "./shape";

// Replays every recorded real-server KMS exchange (kms-*.json and the two KMS error
// recordings) against the emulator: same status, same body shape, and for errors the same
// `error` name and message. Keys are created first under the recorded ids; recorded
// ciphertexts and signatures (made with the real server's keys) are re-made by the emulator.

const FIXTURES = fileURLToPath(
  new URL("../../../../shared/fixtures/infisical-real/", import.meta.url),
);
const KMS_PROJECT = "6c9932b5-95a6-4f69-8c42-5bb15f51b817";
const SIGNED_DATA = "bWVzc2FnZSB0byBzaWdu"; // "message to sign"

interface Recording {
  request: { method: string; path: string; query: Record<string, unknown> | null; body: any };
  status: number;
  body: any;
}

type KeyName = "aes" | "ecc" | "rsa";
const KEYS: Record<KeyName, { id: string; body: Record<string, string> }> = {
  aes: {
    id: "75a4b3b9-b407-47c7-b6ed-26eb04a5bb9e",
    body: { name: "fixture-key", description: "aes key", encryptionAlgorithm: "aes-256-gcm" },
  },
  ecc: {
    id: "a94cee47-8e3a-49a9-87c5-0fa2b898b043",
    body: {
      name: "fixture-sign-key",
      keyUsage: "sign-verify",
      encryptionAlgorithm: "ECC_NIST_P256",
    },
  },
  rsa: {
    id: "a06b0d7c-8362-424b-8d98-f3e440e2e152",
    body: { name: "fixture-rsa-key", keyUsage: "sign-verify", encryptionAlgorithm: "RSA_4096" },
  },
};

interface Preparation {
  keys?: KeyName[];
  /** The AES key as earlier recorded steps left it (renamed, described, disabled). */
  aes?: { name?: string; description?: string; isDisabled?: boolean };
  /** Replace the recorded ciphertext / signature with one the emulator made. */
  remake?: "ciphertext" | "signature";
}

const DEFAULT_KEYS: KeyName[] = ["aes", "ecc"];
const PREPARATIONS: Record<string, Preparation> = {
  "kms-create-key.json": { keys: ["ecc"] },
  "kms-create-key-sign.json": { keys: ["aes"] },
  "kms-delete-key-missing.json": { keys: ["ecc"] },
  "kms-encrypt-disabled.json": { aes: { isDisabled: true } },
  "kms-public-key-on-disabled-key.json": { aes: { isDisabled: true } },
  "kms-update-key-disable.json": { aes: { name: "fixture-key-renamed", description: "renamed" } },
  "kms-delete-key.json": {
    aes: { name: "fixture-key-renamed", description: "renamed", isDisabled: true },
  },
  // Listed while the project held only the AES key.
  "kms-list-keys.json": { keys: ["aes"] },
  "kms-decrypt.json": { remake: "ciphertext" },
  "kms-verify.json": { remake: "signature" },
  "kms-verify-bad-signature.json": { remake: "signature" },
  "kms-sign-rsa-pss.json": { keys: ["aes", "ecc", "rsa"] },
  "kms-signing-algorithms-rsa.json": { keys: ["aes", "ecc", "rsa"] },
};

function loadRecordings(): [string, Recording][] {
  return readdirSync(FIXTURES)
    .filter((file) => file.startsWith("kms-") || /^error-\d+-kms-/.test(file))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(`${FIXTURES}${file}`, "utf8")) as Recording]);
}

async function prepare(file: string): Promise<{ emulator: Emulator; token: string; body: any }> {
  const seed = fixtureSeed();
  seed.projects?.push({ id: KMS_PROJECT, slug: "sdk-kms", type: "kms", environments: [] });
  const identity = seed.identities?.find((i) => i.id === IDENTITY_ID);
  identity?.projects?.push(KMS_PROJECT);
  let now = START;
  const emulator = createEmulator({ seed, clock: () => now++ });
  const token = emulator.issueToken(IDENTITY_ID);
  const prep = PREPARATIONS[file] ?? {};
  const keys = kmsKeys(emulator.state);
  for (const name of prep.keys ?? DEFAULT_KEYS) {
    const created = await call(emulator, "POST", "/api/v1/kms/keys", {
      token,
      body: { projectId: KMS_PROJECT, ...KEYS[name].body },
    });
    expect(created.status).toBe(200);
    const record = keys.get(created.body.key.id);
    if (!record) throw new Error("key not stored");
    keys.delete(record.id);
    record.id = KEYS[name].id;
    keys.set(record.id, record);
  }
  const aes = keys.get(KEYS.aes.id);
  if (aes && prep.aes) Object.assign(aes, prep.aes);
  const recording = JSON.parse(readFileSync(`${FIXTURES}${file}`, "utf8")) as Recording;
  const body = recording.request.body ? { ...recording.request.body } : recording.request.body;
  if (prep.remake === "ciphertext") {
    const sealed = await call(emulator, "POST", `/api/v1/kms/keys/${KEYS.aes.id}/encrypt`, {
      token,
      body: { plaintext: "aGVsbG8ga21z" },
    });
    body.ciphertext = sealed.body.ciphertext;
  }
  if (prep.remake === "signature") {
    const signed = await call(emulator, "POST", `/api/v1/kms/keys/${KEYS.ecc.id}/sign`, {
      token,
      body: { signingAlgorithm: "ECDSA_SHA_256", data: SIGNED_DATA },
    });
    body.signature = signed.body.signature;
  }
  return { emulator, token, body };
}

const decodedLength = (base64: string) => atob(base64).length;

describe("replays of real-server KMS recordings", () => {
  const recordings = loadRecordings();

  it("finds them all", () => {
    expect(recordings.length).toBe(31);
  });

  it.each(recordings)(
    "%s",
    async (file, recording) => {
      const { emulator, token, body } = await prepare(file);
      const { request } = recording;
      const query = Object.fromEntries(
        Object.entries(request.query ?? {}).map(([k, v]) => [k, String(v)]),
      );
      const response = await call(emulator, request.method, request.path, {
        token,
        query,
        body: body ?? undefined,
      });
      expect(response.status).toBe(recording.status);
      expect(shapeDiff(recording.body, response.body)).toEqual([]);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      if (recording.status >= 400) {
        expect(response.body.error).toBe(recording.body.error);
        expect(response.body.message).toEqual(recording.body.message);
        expect(response.headers.get("x-request-id")).toBe(response.body.reqId);
        return;
      }
      // Values that do not depend on key material are the recorded ones.
      const r = recording.body;
      const a = response.body;
      if ("signatureValid" in r) expect(a.signatureValid).toBe(r.signatureValid);
      if ("signingAlgorithms" in r) expect(a.signingAlgorithms).toEqual(r.signingAlgorithms);
      if ("plaintext" in r) expect(a.plaintext).toBe(r.plaintext);
      if ("keyId" in r) expect(a.keyId).toBe(r.keyId);
      // Same ciphertext layout (AES-GCM + IV + tag + "v01"), same P-256 public key size.
      if ("ciphertext" in r) expect(decodedLength(a.ciphertext)).toBe(decodedLength(r.ciphertext));
      if ("publicKey" in r) expect(decodedLength(a.publicKey)).toBe(decodedLength(r.publicKey));
      if ("signature" in r && r.signingAlgorithm?.startsWith("RSA")) {
        expect(decodedLength(a.signature)).toBe(decodedLength(r.signature));
      }
      if ("key" in r) {
        const { id: _id, orgId: _org, createdAt: _c, updatedAt: _u, ...rest } = r.key;
        const { id: _aid, orgId: _aorg, createdAt: _ac, updatedAt: _au, ...actual } = a.key;
        expect(actual).toEqual(rest);
      }
    },
    60_000, // RSA-4096 key generation can take seconds on a busy machine
  );
});
