import type { EmulatorSeed } from "@infisical-edge/emulator";

export const demo = {
  projectId: "0b5e6f3a-1d2c-4e5f-8a9b-0c1d2e3f4a5b",
  clientId: "demo-client-id",
  clientSecret: "demo-client-secret",
};

export const seed: EmulatorSeed = {
  identities: [
    {
      id: "0b5e6f3a-1d2c-4e5f-8a9b-00000000d3m0",
      name: "demo-worker",
      clientId: demo.clientId,
      clientSecret: demo.clientSecret,
      accessTokenTTL: 3600,
      accessTokenMaxTTL: 86400,
      projects: [demo.projectId],
    },
  ],
  projects: [
    {
      id: demo.projectId,
      slug: "demo-app",
      name: "Demo App",
      type: "secret-manager",
      environments: [{ slug: "dev", name: "Development" }],
      secrets: [
        { environment: "dev", path: "/", key: "DB_HOST", value: "db.internal", comment: "" },
        { environment: "dev", path: "/", key: "DB_USER", value: "app", comment: "" },
        {
          environment: "dev",
          path: "/",
          key: "DATABASE_URL",
          value: "postgres://${DB_USER}@${DB_HOST}:5432/app",
          comment: "built from references",
        },
        { environment: "dev", path: "/", key: "FEATURE_FLAGS", value: "edge,cache", comment: "" },
      ],
    },
  ],
};
