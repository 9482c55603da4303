import type { Emulator } from "../../src";
import { call, IDENTITY_ID, OUTSIDER_ID, PROJECT_ID, PROJECT_SLUG } from "../helpers";
import { replayHistory } from "./history";
import { prepareKms } from "./kms-prepare";
import { PREPARATIONS, type Preparation } from "./preparations";
import { batchFiles, isKmsRecording, type Recording, readRecording } from "./recordings";
import { substitute } from "./substitute";
import { prepareT2 } from "./t2-prepare";
import { createWorld } from "./world";

// Seeds an emulator with the state one recording needs. Setup goes through the emulator's own
// API where it can (folders, dynamic secrets, leases, earlier recorded requests replayed), then
// records are moved to recorded ids.

export interface Prepared {
  emulator: Emulator;
  /** The bearer token that stands for the recording's <ACCESS_TOKEN>. */
  token: string;
  /** The request body to send: the recorded one, or one re-made for this emulator's keys. */
  body: unknown;
  /** Request headers to send instead of the recorded ones (a re-made If-None-Match). */
  headers?: Record<string, string> | undefined;
}

const laterBatches = batchFiles();

export async function prepare(recording: Recording): Promise<Prepared> {
  if (laterBatches.has(recording.file)) {
    const t2 = await prepareT2(recording, laterBatches);
    return { ...t2, body: recording.request.body };
  }
  const prep = PREPARATIONS[recording.file] ?? {};
  const emulator = createWorld(prep);
  const admin = emulator.issueToken(IDENTITY_ID);
  if (prep.recordedDbUrlId) moveDbUrl(emulator, prep.recordedDbUrlId);
  await createFolders(emulator, admin, prep);
  await createDynamicSecrets(emulator, admin, prep);
  await replayHistory(emulator, admin, prep.after);
  const token = replayToken(emulator, prep);
  const body = isKmsRecording(recording.file)
    ? await prepareKms(emulator, admin, recording)
    : recording.request.body;
  return { emulator, token, body };
}

/** POSTs a setup request; setup must succeed, or the replay would test nothing. */
async function setup(emulator: Emulator, token: string, path: string, body: unknown) {
  const response = await call(emulator, "POST", path, { token, body: substitute(body, token) });
  if (response.status !== 200) {
    throw new Error(`setup ${path} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

/** Moves a record to a recorded id. */
function rekey<T extends { id: string }>(map: Map<string, T>, record: T, id: string): void {
  map.delete(record.id);
  record.id = id;
  map.set(id, record);
}

function moveDbUrl(emulator: Emulator, id: string): void {
  const { secrets } = emulator.state;
  const dbUrl = [...secrets.values()].find(
    (s) => s.environment === "dev" && s.secretKey === "DB_URL",
  );
  if (!dbUrl) throw new Error("no DB_URL in the fixture world");
  rekey(secrets, dbUrl, id);
}

async function createFolders(emulator: Emulator, token: string, prep: Preparation) {
  for (const [path, description] of prep.folders ?? []) {
    const parent = path.slice(0, path.lastIndexOf("/")) || "/";
    const name = path.slice(path.lastIndexOf("/") + 1);
    await setup(emulator, token, "/api/v2/folders", {
      projectId: PROJECT_ID,
      environment: "dev",
      name,
      path: parent,
      description,
    });
  }
  const { folders } = emulator.state;
  for (const [path, id] of Object.entries(prep.folderIds ?? {})) {
    const folder = [...folders.values()].find((f) => f.environment === "dev" && f.path === path);
    if (!folder) throw new Error(`no prepared folder ${path}`);
    for (const child of folders.values()) {
      if (child.parentId === folder.id) child.parentId = id;
    }
    rekey(folders, folder, id);
  }
}

async function createDynamicSecrets(emulator: Emulator, token: string, prep: Preparation) {
  for (const kind of prep.dynamicSecrets ?? []) {
    const created = readRecording(`dynamic-secrets-create-${kind}.json`);
    await setup(emulator, token, "/api/v1/dynamic-secrets", created.request.body);
  }
  // Leases as the recorded create request made them (TTL 10m), renewed where the recording's was.
  const leaseRequest = readRecording("dynamic-secret-leases-create-postgres.json").request.body;
  for (const step of prep.leases ?? []) {
    const { lease } = await setup(emulator, token, "/api/v1/dynamic-secrets/leases", leaseRequest);
    if (step.renewal) {
      await setup(emulator, token, `/api/v1/dynamic-secrets/leases/${lease.id}/renew`, {
        projectSlug: PROJECT_SLUG,
        environmentSlug: "dev",
        ttl: step.renewal,
      });
    }
    const record = emulator.state.leases.get(lease.id);
    if (record) rekey(emulator.state.leases, record, step.id);
  }
}

function replayToken(emulator: Emulator, prep: Preparation): string {
  if (prep.token === "garbage") return "garbage-token";
  const token = emulator.issueToken(prep.token === "outsider" ? OUTSIDER_ID : IDENTITY_ID);
  if (prep.token === "revoked") {
    const session = emulator.state.tokens.get(token)?.sessionId;
    const record = session ? emulator.state.sessions.get(session) : undefined;
    if (record) record.revoked = true;
  }
  return token;
}
