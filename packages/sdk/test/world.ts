// One emulator world for the SDK object's tests: a secrets project (slug `my-project`, as the
// Python SDK's dynamic-secret examples use), a KMS project, a universal-auth identity in both,
// and every machine-identity method of the auth package's test world (keys owned by the test).

import { createEmulator, type Emulator, type EmulatorSeed } from "@infisical-edge/emulator";
import { createWorld, type World } from "../../auth/test/world";
import { InfisicalSDKClient, type InfisicalSDKClientOptions } from "../src/index";

export const PROJECT_ID = "6a1f0c2e-5d4b-4e3a-9f8c-000000000001";
export const PROJECT_SLUG = "my-project";
export const KMS_PROJECT_ID = "6a1f0c2e-5d4b-4e3a-9f8c-000000000002";
export const IDENTITY_ID = "6a1f0c2e-5d4b-4e3a-9f8c-0000000000a1";
export const CLIENT_ID = "sdk-test-client";
export const CLIENT_SECRET = "cs-sdk-3e2d1c0b9a8f7e6d";
export const SITE = "http://emulator.test";

export const credentials = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };

const ownSeed: EmulatorSeed = {
  identities: [
    {
      id: IDENTITY_ID,
      name: "sdk-tests",
      ...credentials,
      accessTokenTTL: 3600,
      accessTokenMaxTTL: 86_400,
      projects: [PROJECT_ID, KMS_PROJECT_ID],
    },
  ],
  projects: [
    {
      id: PROJECT_ID,
      slug: PROJECT_SLUG,
      name: "My project",
      type: "secret-manager",
      environments: [
        { slug: "dev", name: "Development" },
        { slug: "staging", name: "Staging" },
      ],
      tags: [
        { id: "tag_id_1", slug: "backend" },
        { id: "tag_id_2", slug: "payments" },
      ],
      folders: [{ environment: "dev", path: "/app" }],
      secrets: [
        { environment: "dev", key: "EXISTING_SECRET", value: "existing-value", comment: "" },
        { environment: "dev", key: "DB_HOST", value: "db.internal", tags: ["backend"] },
        { environment: "dev", key: "DB_URL", value: "postgres://${DB_HOST}/app" },
        { environment: "dev", path: "/app", key: "NESTED", value: "nested-value" },
        { environment: "staging", key: "FROM_STAGING", value: "imported-value" },
      ],
      imports: [{ environment: "dev", path: "/", fromEnvironment: "staging", fromPath: "/" }],
    },
    { id: KMS_PROJECT_ID, slug: "my-keys", type: "kms", environments: [] },
  ],
};

let machines: Promise<World> | undefined;

/** The auth package's world of machine identities (key pairs generated once per file). */
export const machineWorld = (): Promise<World> => {
  machines ??= createWorld();
  return machines;
};

export async function seed(): Promise<EmulatorSeed> {
  const world = await machineWorld();
  return {
    projects: [...(ownSeed.projects ?? []), ...(world.seed.projects ?? [])],
    identities: [...(ownSeed.identities ?? []), ...(world.seed.identities ?? [])],
  };
}

/** A fresh emulator; a fixed clock and id seed make two of them answer identically. */
export async function emulator(clock?: () => number): Promise<Emulator> {
  return createEmulator({ seed: await seed(), ...(clock ? { clock } : {}) });
}

/** An SDK object on a fresh emulator, not logged in. */
export async function sdkOn(options: InfisicalSDKClientOptions = {}, em?: Emulator) {
  const e = em ?? (await emulator());
  const sdk = new InfisicalSDKClient({ host: SITE, fetch: e.fetch, ...options });
  return { emulator: e, sdk };
}

/** An SDK object logged in with universal auth, as the Python SDK's examples start. */
export async function connected(options: InfisicalSDKClientOptions = {}) {
  const { emulator: e, sdk } = await sdkOn(options);
  await sdk.auth.universalAuth.login(credentials);
  return { emulator: e, sdk };
}
