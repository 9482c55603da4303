import { universalAuth } from "@infisical-edge/auth";
import { type ClientConfig, createClient } from "@infisical-edge/core";
import { createEmulator, type EmulatorSeed } from "@infisical-edge/emulator";

export const PROJECT_ID = "5a1f0c2e-7b3d-4e5f-8a9b-000000000001";
export const CLIENT_ID = "folders-test-client";
export const CLIENT_SECRET = "cs-folders-0f1e2d3c4b5a";

export const seed: EmulatorSeed = {
  identities: [
    {
      id: "5a1f0c2e-7b3d-4e5f-8a9b-0000000000a1",
      name: "folder-tests",
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      projects: [PROJECT_ID],
    },
  ],
  projects: [
    {
      id: PROJECT_ID,
      slug: "shop",
      environments: [{ slug: "dev" }, { slug: "prod" }],
      folders: [{ environment: "dev", path: "/ab" }],
      secrets: [
        { environment: "dev", path: "/", key: "ROOT", value: "root" },
        { environment: "dev", path: "/a", key: "A_KEY", value: "a" },
        { environment: "dev", path: "/a/b", key: "B_KEY", value: "b" },
        { environment: "dev", path: "/ab", key: "AB_KEY", value: "ab" },
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
