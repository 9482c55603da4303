import { createEmulator, type Emulator } from "../../src";
import { fixtureSeed, IDENTITY_ID, START } from "../helpers";
import type { Preparation } from "./preparations";

// The real instance as `_meta.json` describes it: the secret-manager project of helpers.ts
// (dev:/ DB_HOST, DB_PORT, DB_URL; dev:/app NESTED_KEY; staging:/ imported into dev:/) and the
// KMS project; then changed as a preparation says. The clock starts at START (or the
// preparation's `at`) and ticks 1 ms per reading.

export const KMS_PROJECT = "6c9932b5-95a6-4f69-8c42-5bb15f51b817";

export function createWorld(prep: Preparation): Emulator {
  const seed = fixtureSeed();
  const project = seed.projects?.[0];
  if (project) {
    const absent = new Set(prep.absent);
    project.secrets = [
      ...(project.secrets ?? []).filter((s) => s.environment !== "dev" || !absent.has(s.key)),
      ...(prep.secrets ?? []).map((key) => ({ environment: "dev", key, value: "x" })),
    ];
    if (prep.noImport) project.imports = [];
  }
  seed.projects?.push({ id: KMS_PROJECT, slug: "sdk-kms-fixtures", type: "kms", environments: [] });
  seed.identities?.find((identity) => identity.id === IDENTITY_ID)?.projects?.push(KMS_PROJECT);
  let now = prep.at ? Date.parse(prep.at) : START;
  return createEmulator({ seed, clock: () => now++, plan: prep.plan });
}
