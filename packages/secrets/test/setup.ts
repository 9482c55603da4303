import { universalAuth } from "@infisical-edge/auth";
import { type ClientConfig, createClient } from "@infisical-edge/core";
import { createEmulator, type EmulatorSeed } from "@infisical-edge/emulator";

export const PROJECT_ID = "7d0c1f2e-3a4b-4c5d-8e6f-000000000001";
export const CLIENT_ID = "secrets-test-client";
export const CLIENT_SECRET = "cs-9f8e7d6c5b4a39281706";

export const seed: EmulatorSeed = {
  identities: [
    {
      id: "7d0c1f2e-3a4b-4c5d-8e6f-0000000000a1",
      name: "tests",
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
      slug: "shop",
      name: "Shop",
      type: "secret-manager",
      environments: [
        { slug: "dev", name: "Development" },
        { slug: "prod", name: "Production" },
      ],
      folders: [{ environment: "dev", path: "/a/b" }],
      secrets: [
        { environment: "dev", path: "/", key: "ROOT", value: "root-value", comment: "" },
        {
          environment: "dev",
          path: "/",
          key: "REF",
          value: "x-${ROOT}-${prod.PROD_ONLY}",
          comment: "",
        },
        { environment: "dev", path: "/a", key: "A_KEY", value: "a-value", comment: "" },
        { environment: "dev", path: "/a/b", key: "B_KEY", value: "b-value", comment: "" },
        { environment: "prod", path: "/", key: "PROD_ONLY", value: "p1", comment: "" },
      ],
    },
  ],
};

export function setup(config: Partial<ClientConfig> = {}) {
  const emulator = createEmulator({ seed });
  const client = createClient({
    siteUrl: "http://emulator.localhost",
    fetch: emulator.fetch,
    auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
    ...config,
  });
  return { emulator, client };
}

export const dev = { projectId: PROJECT_ID, environment: "dev" } as const;
