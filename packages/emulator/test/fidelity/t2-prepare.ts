import { createEmulator, type Emulator } from "../../src";
import { call, fixtureSeed, IDENTITY_ID, START } from "../helpers";
import { replayHistory } from "./history";
import type { Recording } from "./recordings";

// The second recorded batch (`_meta.json` batches[0], "t2"): its own project, set up as the
// batch's `setup` says, then brought to the state each recording found (tags, tagged secrets,
// imports) through the emulator's API, records moved to the recorded ids. Conditional-request
// recordings replay with the ETag this emulator gave the same read, since ETags hash bodies.

export const T2_PROJECT = "eba80267-9d9d-4580-a31c-d574fd807e7c";
const T2_SLUG = "sdk-recordings-t2";
const T2_KMS_PROJECT = "1100ab2c-cb80-4f73-820c-30498dcc5e30";

const TAG_IDS = {
  backend: "c9f027da-01b4-4b81-a76a-fb7d4706a1bc",
  frontend: "9309e67d-df48-4907-a550-2d599346436e",
} as const;
const COLORS = { backend: "#1f77b4", frontend: "#ff7f0e" } as const;
type TagName = keyof typeof TAG_IDS;

const IMPORT_IDS = {
  staging: "d8c5bd92-053e-468e-8b81-85a6b567fcf7",
  config: "55e3cd40-650e-4b77-8c26-725a7c06d38c",
  duplicate: "a0cb3ac7-bc70-4034-8cf0-31c8e3cd2583",
  missing: "0a71f3d1-baf5-4183-bf9d-1c2ba015b545",
} as const;
type ImportName = keyof typeof IMPORT_IDS;
const IMPORT_SOURCES: Record<ImportName, { environment: string; path: string }> = {
  staging: { environment: "staging", path: "/" },
  config: { environment: "prod", path: "/config" },
  duplicate: { environment: "staging", path: "/" },
  missing: { environment: "staging", path: "/does-not-exist" },
};

interface T2Preparation {
  /** Tags that existed; "web" is frontend after its recorded rename. */
  tags?: (TagName | "web")[];
  /** TAGGED_SECRET (backend, web) and WEB_ONLY (web) in dev:/; "updated": TAGGED_SECRET (web). */
  tagged?: "created" | "updated";
  /** Imports into dev:/, in position order. */
  imports?: ImportName[];
  /** Recorded exchanges that came next on the real server, replayed in order (history.ts). */
  after?: string[];
  /** Replay If-None-Match with this emulator's ETag; "changed": APP_NAME changes first. */
  etag?: "same" | "changed";
}

const BOTH_TAGS: T2Preparation["tags"] = ["backend", "web"];
const TAGGED: T2Preparation = { tags: BOTH_TAGS, tagged: "created" };
const UPDATED: T2Preparation = { tags: BOTH_TAGS, tagged: "updated" };
// The imports of dev:/ as the later answers show them: staging deleted, config importing
// prod:/config again (secret-imports-update-path had moved it to /other; the move back was not
// recorded), then the duplicate and the missing path.
const LATE_IMPORTS: ImportName[] = ["config", "duplicate", "missing"];
// What happened to the imports after staging and config were created, in recorded order.
const EARLY_IMPORTS: ImportName[] = ["staging", "config"];
const IMPORT_STEPS = [
  "secret-imports-update-position.json",
  "secret-imports-update-path.json",
  "secret-imports-create-duplicate.json",
  "secret-imports-create-missing-path.json",
  "secret-imports-delete.json",
];
const importsAfter = (steps: number): T2Preparation => ({
  imports: EARLY_IMPORTS,
  after: IMPORT_STEPS.slice(0, steps),
});

export const T2_PREPARATIONS: Record<string, T2Preparation> = {
  "tags-create-duplicate.json": { tags: ["backend"] },
  "tags-list.json": { tags: ["backend", "frontend"] },
  "tags-get-by-id.json": { tags: ["backend"] },
  "tags-get-by-slug.json": { tags: ["backend"] },
  "tags-update.json": { tags: ["backend", "frontend"] },
  "tags-delete.json": { tags: ["backend"] },
  "secrets-v4-create-with-tags.json": { tags: BOTH_TAGS },
  "secrets-v4-create-unknown-tag.json": { tags: BOTH_TAGS },
  "secrets-v4-get-with-tags.json": TAGGED,
  "secrets-v4-list-with-tags.json": TAGGED,
  "secrets-v4-list-tag-slugs.json": TAGGED,
  "secrets-v4-list-tag-slugs-multi.json": TAGGED,
  "secrets-v4-list-tag-slugs-unknown.json": TAGGED,
  "secrets-v4-update-tags.json": TAGGED,
  "secrets-v4-list-etag.json": UPDATED,
  "secrets-v4-list-head.json": UPDATED,
  "secrets-v4-list-if-none-match.json": { ...UPDATED, etag: "same" },
  "secrets-v4-list-if-none-match-weak.json": { ...UPDATED, etag: "same" },
  "secrets-v4-list-if-none-match-changed.json": { ...UPDATED, etag: "changed" },
  "secrets-v4-get-if-none-match.json": { etag: "same" },
  "secrets-v4-get-if-none-match-changed.json": { etag: "changed" },
  "dynamic-secrets-list-if-none-match.json": { etag: "same" },
  "folders-v2-list-if-none-match.json": { etag: "same" },
  "kms-list-keys-if-none-match.json": { etag: "same" },
  "secrets-v4-list-with-imports.json": { ...UPDATED, imports: LATE_IMPORTS },
  "secret-imports-secrets.json": { imports: LATE_IMPORTS },
  "secret-imports-create-folder.json": { imports: ["staging"] },
  "secret-imports-create-cyclic.json": { imports: ["staging"] },
  "secret-imports-list.json": importsAfter(0),
  "secret-imports-get.json": importsAfter(0),
  "secret-imports-update-position.json": importsAfter(0),
  "secret-imports-update-path.json": importsAfter(1),
  "secret-imports-create-duplicate.json": importsAfter(2),
  "secret-imports-create-missing-path.json": importsAfter(3),
  "secret-imports-delete.json": importsAfter(4),
  "secret-imports-delete-missing.json": importsAfter(5),
};

export interface T2Prepared {
  emulator: Emulator;
  token: string;
  headers?: Record<string, string>;
}

function createT2World(): Emulator {
  const seed = fixtureSeed();
  seed.projects?.push(
    {
      id: T2_PROJECT,
      slug: T2_SLUG,
      name: T2_SLUG,
      folders: [
        { environment: "prod", path: "/config" },
        { environment: "prod", path: "/other" },
      ],
      secrets: [
        { environment: "dev", key: "APP_NAME", value: "recorder" },
        { environment: "staging", key: "STAGING_ONLY", value: "from-staging" },
        { environment: "staging", key: "APP_NAME", value: "staging-name" },
        { environment: "prod", path: "/config", key: "PROD_CFG", value: "prod-config-value" },
      ],
    },
    { id: T2_KMS_PROJECT, slug: `${T2_SLUG}-kms`, type: "kms", environments: [] },
  );
  seed.identities
    ?.find((identity) => identity.id === IDENTITY_ID)
    ?.projects?.push(T2_PROJECT, T2_KMS_PROJECT);
  let now = START;
  return createEmulator({ seed, clock: () => now++ });
}

async function must(
  emulator: Emulator,
  method: string,
  path: string,
  token: string,
  body: unknown,
) {
  const response = await call(emulator, method, path, { token, body });
  if (response.status !== 200) {
    throw new Error(`setup ${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

async function createTags(emulator: Emulator, token: string, tags: T2Preparation["tags"] = []) {
  const project = emulator.state.projects.get(T2_PROJECT);
  for (const name of tags) {
    const base = name === "web" ? "frontend" : name;
    const { tag } = await must(emulator, "POST", `/api/v1/projects/${T2_PROJECT}/tags`, token, {
      slug: base,
      color: COLORS[base],
    });
    const record = project?.tags.find((candidate) => candidate.id === tag.id);
    if (record) record.id = TAG_IDS[base];
    // "web" is frontend as the recorded rename left it (slug and colour).
    if (name === "web") await replayHistory(emulator, token, ["tags-update.json"]);
  }
}

async function createTagged(emulator: Emulator, token: string, prep: T2Preparation) {
  if (!prep.tagged) return;
  await replayHistory(emulator, token, ["secrets-v4-create-with-tags.json"]);
  // WEB_ONLY's creation was not recorded; the lists show its value and its one tag.
  await must(emulator, "POST", "/api/v4/secrets/WEB_ONLY", token, {
    projectId: T2_PROJECT,
    environment: "dev",
    secretPath: "/",
    secretValue: "web-value",
    tagIds: [TAG_IDS.frontend],
  });
  if (prep.tagged === "updated") {
    await replayHistory(emulator, token, ["secrets-v4-update-tags.json"]);
  }
}

async function createImports(emulator: Emulator, token: string, imports: ImportName[] = []) {
  for (const name of imports) {
    const { secretImport } = await must(emulator, "POST", "/api/v2/secret-imports", token, {
      projectId: T2_PROJECT,
      environment: "dev",
      path: "/",
      import: IMPORT_SOURCES[name],
    });
    const record = emulator.state.imports.get(secretImport.id);
    if (!record) continue;
    emulator.state.imports.delete(record.id);
    record.id = IMPORT_IDS[name];
    emulator.state.imports.set(record.id, record);
  }
}

/** The If-None-Match to send: this emulator's ETag for the same read, W/ kept. */
async function conditionalHeaders(
  emulator: Emulator,
  token: string,
  recording: Recording,
  etag: T2Preparation["etag"],
): Promise<Record<string, string> | undefined> {
  const recorded = recording.request.headers["if-none-match"];
  if (!etag || !recorded) return undefined;
  const query = Object.fromEntries(
    Object.entries(recording.request.query ?? {}).map(([k, v]) => [k, String(v)]),
  );
  const first = await call(emulator, "GET", recording.request.path, { token, query });
  const current = first.headers.get("etag");
  if (first.status !== 200 || !current) throw new Error(`setup: no ETag (${first.status})`);
  if (etag === "changed") {
    await must(emulator, "PATCH", "/api/v4/secrets/APP_NAME", token, {
      projectId: T2_PROJECT,
      environment: "dev",
      secretValue: "recorder-v2",
    });
  }
  const weak = recorded.startsWith("W/") ? "W/" : "";
  return { ...recording.request.headers, "if-none-match": `${weak}${current}` };
}

export async function prepareT2(
  recording: Recording,
  batchFiles: Set<string>,
): Promise<T2Prepared> {
  if (!batchFiles.has(recording.file)) throw new Error(`${recording.file} is not in batch t2`);
  const prep = T2_PREPARATIONS[recording.file] ?? {};
  const emulator = createT2World();
  const token = emulator.issueToken(IDENTITY_ID);
  await createTags(emulator, token, prep.tags);
  await createTagged(emulator, token, prep);
  await createImports(emulator, token, prep.imports);
  await replayHistory(emulator, token, prep.after);
  const headers = await conditionalHeaders(emulator, token, recording, prep.etag);
  return { emulator, token, headers };
}
