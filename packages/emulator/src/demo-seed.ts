import type { EmulatorSeed } from "./seed.js";

// A ready-made world for demos and docs: one project with three environments, a universal-auth
// identity, a reference and an import.

/** The id of the demo seed's project (slug `demo-project`). */
export const DEMO_PROJECT_ID = "6b1f3a52-0c4e-4d8a-9f27-5e9c1d7a4b10";
/** The id of the demo seed's universal-auth identity (`demo-client-id` / `demo-client-secret`). */
export const DEMO_IDENTITY_ID = "3d2c8e71-5a94-4f0b-b6c3-8e1f2a9d7c45";

/**
 * A ready-made world for demos and docs: one project with three environments, a universal-auth
 * identity, a secret reference and an import. The CLI loads it when given no `--seed`.
 */
export const demoSeed: EmulatorSeed = {
  projects: [
    {
      id: DEMO_PROJECT_ID,
      slug: "demo-project",
      name: "Demo Project",
      type: "secret-manager",
      environments: [
        { slug: "dev", name: "Development" },
        { slug: "staging", name: "Staging" },
        { slug: "prod", name: "Production" },
      ],
      folders: [{ environment: "dev", path: "/app/api" }],
      secrets: [
        { environment: "dev", key: "DB_HOST", value: "localhost" },
        { environment: "dev", key: "DB_PORT", value: "5432" },
        {
          environment: "dev",
          key: "DATABASE_URL",
          value: "postgres://${DB_HOST}:${DB_PORT}/app",
          comment: "built from references",
        },
        { environment: "dev", key: "API_KEY", value: "demo-api-key" },
        { environment: "dev", path: "/app/api", key: "FEATURE_FLAGS", value: "search,beta" },
        { environment: "staging", key: "DB_HOST", value: "staging-db.internal" },
        { environment: "staging", key: "SHARED_TOKEN", value: "shared-from-staging" },
        { environment: "prod", key: "DB_HOST", value: "prod-db.internal" },
      ],
      imports: [{ environment: "dev", path: "/", fromEnvironment: "staging", fromPath: "/" }],
    },
  ],
  identities: [
    {
      id: DEMO_IDENTITY_ID,
      name: "demo-identity",
      clientId: "demo-client-id",
      clientSecret: "demo-client-secret",
      accessTokenTTL: 2_592_000,
      accessTokenMaxTTL: 2_592_000,
      projects: [DEMO_PROJECT_ID],
    },
  ],
  tokens: [{ token: "demo-token", identityId: DEMO_IDENTITY_ID }],
};
