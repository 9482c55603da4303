import type { EmulatorPlan } from "../../src";

// What each recording needs beyond the fixture world: the state earlier recorded steps left
// behind on the real server, under the recorded ids where the request names one.

export interface LeaseStep {
  /** The recorded lease id. */
  id: string;
  /** Renewed once by this TTL after creation, as the recorded lease was. */
  renewal?: string;
}

export interface Preparation {
  /** More dev:/ secrets (value "x"), created on the real server by unrecorded steps. */
  secrets?: string[];
  /** Recorded exchanges that came before on the real server, replayed in order (history.ts). */
  after?: string[];
  /** When the real server answered: the clock starts there (TOTP codes' TIME_REMAINING). */
  at?: string;
  /** Fixture secrets (dev:/) the recording must not find. */
  absent?: string[];
  /** The dev:/ import of staging:/ did not exist yet. */
  noImport?: boolean;
  /** The bearer token to replay with, when not a valid one of the fixture identity. */
  token?: "garbage" | "outsider" | "revoked";
  /** Folders to create first (path, description). */
  folders?: [string, string | null][];
  /** Give prepared folders (by path) their recorded ids. */
  folderIds?: Record<string, string>;
  /** Give DB_URL the recorded secret id, so get-by-id paths resolve. */
  recordedDbUrlId?: string;
  /** Dynamic secrets to create first, from the recorded create requests. */
  dynamicSecrets?: ("postgres" | "totp")[];
  /** Leases of fixture-postgres to create first (with the recorded 10m TTL), in this order. */
  leases?: LeaseStep[];
  /** The licence the server had (the plan refusal was recorded before dynamic secrets were on). */
  plan?: Partial<EmulatorPlan>;
}

const BILLING_ID = "3187ac4c-292e-4ec5-90cb-9ce50e3cbcd0";
const LEASE = "1f08e1be-040b-4c4d-a821-81b9ac70f9b9";
const FORCED_LEASE = "884f682f-a362-42b4-ab25-80830c85a6c9";
const POSTGRES_LEASE = "85460f0b-97d7-4c80-bdc4-4e68d4cab8af";
const BILLING: Preparation = {
  folders: [["/billing", "billing folder"]],
  folderIds: { "/billing": BILLING_ID },
};

// Every secret list was recorded after secrets-v4-create had added API_TOKEN.
const LISTS = [
  "secrets-v3-list.json",
  "secrets-v3-list-expand.json",
  "secrets-v3-list-include-imports.json",
  "secrets-v3-list-no-expand.json",
  "secrets-v3-list-recursive.json",
  "secrets-v3-list-view-value-false.json",
  "secrets-v4-list.json",
  "secrets-v4-list-no-expand.json",
  "secrets-v4-list-no-imports.json",
  "secrets-v4-list-recursive.json",
  "secrets-v4-list-view-value-false.json",
];

// API_TOKEN's life on the real server: created, updated, renamed twice, then deleted.
const API_TOKEN_STEPS = [
  "secrets-v4-create.json",
  "secrets-v4-update.json",
  "secrets-v4-rename.json",
  "secrets-v3-rename.json",
];
const V3_BATCH_STEPS = ["secrets-v3-batch-create.json", "secrets-v3-batch-update.json"];
const V4_BATCH_STEPS = [
  "secrets-v4-batch-create.json",
  "secrets-v4-batch-update.json",
  "secrets-v4-batch-update-upsert.json",
];
/** fixture-postgres after dynamic-secrets-update set its default TTL to 2h. */
const POSTGRES: Preparation = {
  dynamicSecrets: ["postgres"],
  after: ["dynamic-secrets-update.json"],
};

export const PREPARATIONS: Record<string, Preparation> = {
  ...Object.fromEntries(LISTS.map((file) => [file, { after: API_TOKEN_STEPS.slice(0, 1) }])),
  "auth-token-renew-after-revoke.json": { token: "revoked" },
  "error-401-revoked-token.json": { token: "revoked" },
  "error-403-malformed-token.json": { token: "garbage" },
  "error-403-get-secret-no-membership.json": { token: "outsider" },
  "error-403-list-secrets-no-membership.json": { token: "outsider" },
  "secret-imports-create.json": { noImport: true },
  "secrets-v3-create.json": { absent: ["DB_URL"] },
  "secrets-v3-delete.json": { after: API_TOKEN_STEPS },
  "secrets-v3-rename.json": { after: API_TOKEN_STEPS.slice(0, 3) },
  "secrets-v3-batch-update.json": { after: V3_BATCH_STEPS.slice(0, 1) },
  "secrets-v3-batch-delete.json": { after: V3_BATCH_STEPS },
  "secrets-v4-delete.json": { secrets: ["TMP_DELETE_ME"] },
  "secrets-v4-rename.json": { after: API_TOKEN_STEPS.slice(0, 2) },
  "secrets-v4-update.json": { after: API_TOKEN_STEPS.slice(0, 1) },
  "secrets-v4-get-after-expand-update.json": { after: ["secrets-v3-update.json"] },
  "secrets-v4-batch-create-conflict.json": { after: V4_BATCH_STEPS.slice(0, 1) },
  "secrets-v4-batch-update.json": { after: V4_BATCH_STEPS.slice(0, 1) },
  "secrets-v4-batch-update-upsert.json": { after: V4_BATCH_STEPS.slice(0, 2) },
  "secrets-v4-batch-delete.json": { after: V4_BATCH_STEPS },
  "secrets-v4-get-by-id.json": { recordedDbUrlId: "7f3913ec-142b-418d-88b3-dfa4495cafe8" },
  "folders-v2-create-duplicate.json": { folders: [["/billing", null]] },
  "folders-v1-get-by-id.json": BILLING,
  "folders-v2-get-by-id.json": BILLING,
  "folders-v2-update.json": BILLING,
  "folders-v2-delete-by-id.json": {
    folders: [
      ["/billing-renamed", "renamed"],
      ["/billing-renamed/stripe", null],
    ],
    folderIds: { "/billing-renamed": BILLING_ID },
  },
  "folders-v2-delete.json": { folders: [["/legacy", null]] },
  "folders-v2-list-recursive.json": {
    folders: [
      ["/billing", "billing folder"],
      ["/billing/stripe", null],
      ["/legacy", null],
    ],
  },
  "dynamic-secrets-create-plan-refused.json": { plan: { dynamicSecrets: false } },
  "dynamic-secrets-create-duplicate.json": { dynamicSecrets: ["totp"] },
  "dynamic-secrets-get.json": { dynamicSecrets: ["postgres"] },
  "dynamic-secrets-list.json": { dynamicSecrets: ["postgres", "totp"] },
  "dynamic-secrets-update.json": { dynamicSecrets: ["postgres"] },
  "dynamic-secret-leases-create-postgres.json": POSTGRES,
  "dynamic-secret-leases-create-bad-ttl.json": POSTGRES,
  // Recorded at 06:58:08.856, 22 s before the TOTP code changed.
  "dynamic-secret-leases-create-totp.json": {
    dynamicSecrets: ["totp"],
    at: "2026-11-26T06:58:08.800Z",
  },
  "dynamic-secret-leases-get.json": { ...POSTGRES, leases: [{ id: LEASE }] },
  "dynamic-secret-leases-list.json": {
    ...POSTGRES,
    leases: [{ id: FORCED_LEASE }, { id: LEASE }, { id: POSTGRES_LEASE }],
  },
  "dynamic-secret-leases-renew.json": { ...POSTGRES, leases: [{ id: LEASE }] },
  "dynamic-secret-leases-renew-over-max.json": {
    ...POSTGRES,
    leases: [{ id: LEASE, renewal: "20m" }],
  },
  "dynamic-secret-leases-delete.json": { ...POSTGRES, leases: [{ id: LEASE, renewal: "20m" }] },
  "dynamic-secret-leases-delete-force.json": { ...POSTGRES, leases: [{ id: FORCED_LEASE }] },
};
