// The SDK object's own world: a secrets project (slug `my-project`, as the Python SDK's
// dynamic-secret examples use), a KMS project, and a universal-auth identity in both. Plain
// data, so that the workerd test can bundle it.

import type { EmulatorSeed } from "@infisical-edge/emulator";

export const PROJECT_ID = "6a1f0c2e-5d4b-4e3a-9f8c-000000000001";
export const PROJECT_SLUG = "my-project";
export const KMS_PROJECT_ID = "6a1f0c2e-5d4b-4e3a-9f8c-000000000002";
export const IDENTITY_ID = "6a1f0c2e-5d4b-4e3a-9f8c-0000000000a1";
export const CLIENT_ID = "sdk-test-client";
export const CLIENT_SECRET = "cs-sdk-3e2d1c0b9a8f7e6d";
export const SITE = "http://emulator.localhost";

export const credentials = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };

export const ownSeed: EmulatorSeed = {
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
