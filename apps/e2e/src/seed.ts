// The emulator state every runtime's run of the suite starts from.
import type { EmulatorSeed } from "@infisical-edge/emulator";

export const PROJECT_ID = "6f1c2a4e-0000-4000-8000-00000000e2e0";
export const CLIENT_ID = "e2e-client-id";
export const CLIENT_SECRET = "e2e-client-secret-5b0c9d";

export const seed: EmulatorSeed = {
  identities: [
    {
      id: "6f1c2a4e-0000-4000-8000-0000000000a1",
      name: "e2e",
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      accessTokenTTL: 3600,
      accessTokenMaxTTL: 86400,
      projects: [PROJECT_ID],
    },
  ],
  projects: [
    {
      id: PROJECT_ID,
      slug: "e2e-app",
      name: "E2E App",
      type: "secret-manager",
      environments: [
        { slug: "dev", name: "Development" },
        { slug: "staging", name: "Staging" },
      ],
      folders: [{ environment: "dev", path: "/app" }],
      secrets: [
        { environment: "dev", path: "/", key: "DB_HOST", value: "localhost", comment: "" },
        { environment: "dev", path: "/", key: "DB_PORT", value: "5432", comment: "" },
        {
          environment: "dev",
          path: "/",
          key: "DB_URL",
          value: "postgres://${DB_HOST}:${DB_PORT}/app",
          comment: "",
        },
        { environment: "dev", path: "/app", key: "NESTED_KEY", value: "nested-value", comment: "" },
        {
          environment: "staging",
          path: "/",
          key: "SHARED_FROM_STAGING",
          value: "from-staging",
          comment: "",
        },
      ],
      imports: [{ environment: "dev", path: "/", fromEnvironment: "staging", fromPath: "/" }],
    },
  ],
};
