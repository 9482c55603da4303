import { universalAuth } from "@infisical-edge/auth";
import { type ClientConfig, createClient } from "@infisical-edge/core";
import { createEmulator, type EmulatorOptions, type EmulatorSeed } from "@infisical-edge/emulator";

export const PROJECT_ID = "9c3e1a2b-4d5f-4a6b-8c7d-000000000001";
export const CLIENT_ID = "dynamic-secrets-test-client";
export const CLIENT_SECRET = "cs-dyn-7f6e5d4c3b2a1908";
export const ROOT_PASSWORD = "root-db-password-4711";
export const TOTP_SEED_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // "12345678901234567890"

export const seed: EmulatorSeed = {
  identities: [
    {
      id: "9c3e1a2b-4d5f-4a6b-8c7d-0000000000a1",
      name: "lease-tests",
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      accessTokenTTL: 30 * 86_400,
      accessTokenMaxTTL: 30 * 86_400,
      projects: [PROJECT_ID],
    },
  ],
  projects: [
    {
      id: PROJECT_ID,
      slug: "shop",
      environments: [{ slug: "dev" }, { slug: "prod" }],
      folders: [{ environment: "dev", path: "/db" }],
    },
  ],
};

export function setup(config: Partial<ClientConfig> = {}, options: EmulatorOptions = {}) {
  const emulator = createEmulator({ seed, ...options });
  const client = createClient({
    siteUrl: "http://emulator.localhost",
    fetch: emulator.fetch,
    auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
    ...config,
  });
  return { emulator, client };
}

export const dev = { projectSlug: "shop", environmentSlug: "dev" } as const;

export const postgres = {
  type: "sql-database",
  inputs: {
    client: "postgres",
    host: "db.internal",
    port: 5432,
    database: "app",
    username: "admin",
    password: ROOT_PASSWORD,
    creationStatement: "CREATE USER \"{{username}}\" WITH PASSWORD '{{password}}';",
    revocationStatement: 'DROP USER "{{username}}";',
  },
} as const;

export const totp = {
  type: "totp",
  inputs: { configType: "manual", secret: TOTP_SEED_BASE32, digits: 8, algorithm: "sha1" },
} as const;
