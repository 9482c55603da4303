import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Emulator } from "../src";
import { createEmulator } from "../src";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  fixtureSeed,
  IDENTITY_ID,
  OUTSIDER_ID,
  PROJECT_ID,
  PROJECT_SLUG,
  START,
} from "./helpers";
import { shapeDiff } from "./shape";

// Replays every recorded real-server exchange whose route the emulator implements and checks
// the emulator answers with the same status, the same body shape and, for errors, the same
// `error` name and message.

const FIXTURES = new URL("../../../fixtures/infisical-real/", import.meta.url);

interface Recording {
  request: {
    method: string;
    path: string;
    query: Record<string, string | number> | null;
    headers: Record<string, string>;
    body: unknown;
  };
  status: number;
  headers: Record<string, string>;
  body: any;
}

const IMPLEMENTED =
  /^(auth-|secrets-v3-|secrets-v4-|error-|secret-imports-create|folders-v[12]-|dynamic-secret)/;
const NOT_IMPLEMENTED = new Set([
  // KMS recordings need keys set up first: kms-recordings.test.ts replays them.
  "error-400-kms-on-secret-manager-project.json",
  "error-500-kms-decrypt-bad-ciphertext.json",
  "error-403-secret-versions-identity.json",
  // Recorded before the local server was licensed; the emulator always allows dynamic secrets.
  "dynamic-secrets-create-plan-refused.json",
]);

/** Secrets the recorded requests expect to exist; each case removes the ones it must not see. */
const EXTRA_SECRETS = [
  "API_TOKEN",
  "API_TOKEN_RENAMED",
  "API_TOKEN_V3",
  "TMP_DELETE_ME",
  "V4_BATCH_A",
  "V4_BATCH_B",
  "V4_BATCH_B2",
  "V4_UPSERTED",
  "BATCH_A",
  "BATCH_B",
  "BATCH_B2",
];

interface Preparation {
  absent?: string[];
  token?: "garbage" | "outsider" | "revoked";
  /** Folders to create first (path, description). */
  folders?: [string, string | null][];
  /** Give DB_URL the recorded secret id so get-by-id paths resolve. */
  recordedDbUrlId?: string;
  /** Give prepared folders (by path) their recorded ids. */
  folderIds?: Record<string, string>;
  /** Dynamic secrets to create first, from the recorded create requests. */
  dynamicSecrets?: ("postgres" | "totp")[];
  /** A lease of fixture-postgres to create first, under this recorded lease id. */
  leaseId?: string;
}

const BILLING_ID = "3187ac4c-292e-4ec5-90cb-9ce50e3cbcd0";
const LEASE_ID = "1f08e1be-040b-4c4d-a821-81b9ac70f9b9";

const PREPARATIONS: Record<string, Preparation> = {
  "auth-token-renew-after-revoke.json": { token: "revoked" },
  "error-401-revoked-token.json": { token: "revoked" },
  "error-403-malformed-token.json": { token: "garbage" },
  "error-403-get-secret-no-membership.json": { token: "outsider" },
  "error-403-list-secrets-no-membership.json": { token: "outsider" },
  "error-404-delete-missing.json": { absent: ["TMP_DELETE_ME"] },
  "secrets-v3-create.json": { absent: ["DB_URL"] },
  "secrets-v3-rename.json": { absent: ["API_TOKEN_V3"] },
  "secrets-v3-batch-create.json": { absent: ["BATCH_A", "BATCH_B"] },
  "secrets-v3-batch-update.json": { absent: ["BATCH_B2"] },
  "secrets-v4-create.json": { absent: ["API_TOKEN"] },
  "secrets-v4-rename.json": { absent: ["API_TOKEN_RENAMED"] },
  "secrets-v4-batch-create.json": { absent: ["V4_BATCH_A", "V4_BATCH_B"] },
  "secrets-v4-batch-update.json": { absent: ["V4_BATCH_B2"] },
  "secrets-v4-batch-update-upsert.json": { absent: ["V4_UPSERTED"] },
  "secrets-v4-get-by-id.json": { recordedDbUrlId: "7f3913ec-142b-418d-88b3-dfa4495cafe8" },
  "folders-v2-create-duplicate.json": { folders: [["/billing", null]] },
  "folders-v1-get-by-id.json": {
    folders: [["/billing", "billing folder"]],
    folderIds: { "/billing": BILLING_ID },
  },
  "folders-v2-get-by-id.json": {
    folders: [["/billing", "billing folder"]],
    folderIds: { "/billing": BILLING_ID },
  },
  "folders-v2-update.json": {
    folders: [["/billing", "billing folder"]],
    folderIds: { "/billing": BILLING_ID },
  },
  "folders-v2-delete-by-id.json": {
    folders: [
      ["/billing-renamed", "renamed"],
      ["/billing-renamed/stripe", null],
    ],
    folderIds: { "/billing-renamed": BILLING_ID },
  },
  "folders-v2-delete.json": { folders: [["/legacy", null]] },
  "dynamic-secrets-create-duplicate.json": { dynamicSecrets: ["totp"] },
  "dynamic-secrets-get.json": { dynamicSecrets: ["postgres"] },
  "dynamic-secrets-list.json": { dynamicSecrets: ["postgres", "totp"] },
  "dynamic-secrets-update.json": { dynamicSecrets: ["postgres"] },
  "dynamic-secret-leases-create-postgres.json": { dynamicSecrets: ["postgres"] },
  "dynamic-secret-leases-create-bad-ttl.json": { dynamicSecrets: ["postgres"] },
  "dynamic-secret-leases-create-totp.json": { dynamicSecrets: ["totp"] },
  "dynamic-secret-leases-delete.json": { dynamicSecrets: ["postgres"], leaseId: LEASE_ID },
  "dynamic-secret-leases-delete-force.json": {
    dynamicSecrets: ["postgres"],
    leaseId: "884f682f-a362-42b4-ab25-80830c85a6c9",
  },
  "dynamic-secret-leases-get.json": { dynamicSecrets: ["postgres"], leaseId: LEASE_ID },
  "dynamic-secret-leases-list.json": { dynamicSecrets: ["postgres"], leaseId: LEASE_ID },
  "dynamic-secret-leases-renew.json": { dynamicSecrets: ["postgres"], leaseId: LEASE_ID },
  "dynamic-secret-leases-renew-over-max.json": { dynamicSecrets: ["postgres"], leaseId: LEASE_ID },
  "folders-v2-list-recursive.json": {
    folders: [
      ["/billing", "billing folder"],
      ["/billing/stripe", null],
      ["/legacy", null],
    ],
  },
};

function loadRecordings(): [string, Recording][] {
  const dir = fileURLToPath(FIXTURES);
  return readdirSync(dir)
    .filter((file) => IMPLEMENTED.test(file) && !NOT_IMPLEMENTED.has(file))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(`${dir}${file}`, "utf8")) as Recording]);
}

function prepare(file: string): { emulator: Emulator; token: string } {
  const seed = fixtureSeed();
  const project = seed.projects?.[0];
  for (const key of EXTRA_SECRETS) project?.secrets?.push({ environment: "dev", key, value: "x" });
  let now = START;
  const emulator = createEmulator({ seed, clock: () => now++ });
  const prep = PREPARATIONS[file] ?? {};
  for (const secret of [...emulator.state.secrets.values()]) {
    if (secret.environment === "dev" && prep.absent?.includes(secret.secretKey)) {
      emulator.state.secrets.delete(secret.id);
    }
    if (prep.recordedDbUrlId && secret.secretKey === "DB_URL") {
      emulator.state.secrets.delete(secret.id);
      secret.id = prep.recordedDbUrlId;
      emulator.state.secrets.set(secret.id, secret);
    }
  }
  let token = emulator.issueToken(prep.token === "outsider" ? OUTSIDER_ID : IDENTITY_ID);
  if (prep.token === "garbage") token = "garbage-token";
  if (prep.token === "revoked") {
    const session = emulator.state.tokens.get(token)?.sessionId;
    const record = session ? emulator.state.sessions.get(session) : undefined;
    if (record) record.revoked = true;
  }
  return { emulator, token };
}

function substitute(value: unknown, token: string): unknown {
  if (value === null || value === undefined) return value;
  const text = JSON.stringify(value)
    .replaceAll("<ACCESS_TOKEN_2>", token)
    .replaceAll("<ACCESS_TOKEN>", token)
    .replaceAll("<CLIENT_ID>", CLIENT_ID)
    .replaceAll("<CLIENT_SECRET>", CLIENT_SECRET)
    // A real base32 seed, so that TOTP leases can compute codes.
    .replaceAll("<TOTP_SEED>", "JBSWY3DPEHPK3PXP");
  return JSON.parse(text);
}

async function replay(file: string, recording: Recording) {
  const { emulator, token } = prepare(file);
  for (const [path, description] of PREPARATIONS[file]?.folders ?? []) {
    const parent = path.slice(0, path.lastIndexOf("/")) || "/";
    const name = path.split("/").pop();
    const created = await emulator.fetch("http://emulator.test/api/v2/folders", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        projectId: PROJECT_ID,
        environment: "dev",
        name,
        path: parent,
        description,
      }),
    });
    expect(created.status).toBe(200);
  }
  await prepareMore(emulator, token, PREPARATIONS[file] ?? {});
  const { request } = recording;
  const url = new URL(request.path, "http://emulator.test");
  for (const [key, value] of Object.entries(request.query ?? {})) {
    url.searchParams.set(key, String(value));
  }
  const headers = new Headers(substitute(request.headers, token) as Record<string, string>);
  let body: string | undefined;
  if (request.body !== null && request.body !== undefined) {
    headers.set("content-type", "application/json");
    body =
      typeof request.body === "string"
        ? request.body
        : JSON.stringify(substitute(request.body, token));
  }
  const response = await emulator.fetch(url, { method: request.method, headers, body });
  return { response, json: await response.json() };
}

/** Moves a record to a recorded id (and its children's `parentId` along, for folders). */
function rekey<T extends { id: string }>(map: Map<string, T>, record: T, id: string) {
  map.delete(record.id);
  record.id = id;
  map.set(id, record);
}

async function prepareMore(emulator: Emulator, token: string, prep: Preparation) {
  const post = async (path: string, body: unknown) => {
    const response = await emulator.fetch(`http://emulator.test${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(substitute(body, token)),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as any;
  };
  for (const [path, id] of Object.entries(prep.folderIds ?? {})) {
    const folder = [...emulator.state.folders.values()].find(
      (f) => f.environment === "dev" && f.path === path,
    );
    if (!folder) throw new Error(`no prepared folder ${path}`);
    for (const child of emulator.state.folders.values()) {
      if (child.parentId === folder.id) child.parentId = id;
    }
    rekey(emulator.state.folders, folder, id);
  }
  for (const kind of prep.dynamicSecrets ?? []) {
    const file = `${fileURLToPath(FIXTURES)}dynamic-secrets-create-${kind}.json`;
    await post("/api/v1/dynamic-secrets", JSON.parse(readFileSync(file, "utf8")).request.body);
  }
  if (prep.leaseId) {
    const { lease } = await post("/api/v1/dynamic-secrets/leases", {
      dynamicSecretName: "fixture-postgres",
      projectSlug: PROJECT_SLUG,
      environmentSlug: "dev",
    });
    const record = emulator.state.leases.get(lease.id);
    if (record) rekey(emulator.state.leases, record, prep.leaseId);
  }
}

describe("replays of real-server recordings", () => {
  const recordings = loadRecordings();

  it("finds the recordings", () => {
    expect(recordings.length).toBeGreaterThan(60);
  });

  it.each(recordings)("%s", async (file, recording) => {
    const { response, json } = await replay(file, recording);
    expect(response.status).toBe(recording.status);
    expect(shapeDiff(recording.body, json)).toEqual([]);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("etag")).toMatch(/^"[A-Za-z0-9+/_=-]+"$/);
    if (recording.status >= 400) {
      expect(json.error).toBe(recording.body.error);
      expect(json.message).toEqual(recording.body.message);
      expect(response.headers.get("x-request-id")).toBe(json.reqId);
    }
  });
});
