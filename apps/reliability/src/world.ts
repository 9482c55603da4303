// The test world: an in-process emulator seeded with long, distinctive values (so a leak
// scan cannot miss or misfire on them), and clients on it whose every request URL is kept.

import { universalAuth } from "@infisical-edge/auth";
import { type ClientConfig, createClient } from "@infisical-edge/core";
import { createEmulator, type EmulatorSeed, type FaultRule } from "@infisical-edge/emulator";

export const PROJECT_ID = "5f0c1a2b-rel0-4abc-8def-000000000009";
export const PROJECT_SLUG = "reliability";
export const CLIENT_ID = "reliability-client-id";
export const CLIENT_SECRET = "cs-reliability-7f3e9a1b2c4d5e6f";
export const SITE = "http://emulator.reliability.localhost";

export const VALUES = {
  DB_URL: "postgres://app:pw-9d8c7b6a5f4e@db.internal/app",
  API_KEY: "ak-live-5e4d3c2b1a0f9e8d",
  NESTED: "nested-value-a1b2c3d4e5",
  PROD_ONLY: "prod-only-value-11223344",
} as const;

export const seed: EmulatorSeed = {
  identities: [
    {
      id: "5f0c1a2b-rel0-4abc-8def-0000000000a1",
      name: "reliability",
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
      slug: PROJECT_SLUG,
      name: "Reliability",
      environments: [
        { slug: "dev", name: "Development" },
        { slug: "prod", name: "Production" },
      ],
      folders: [{ environment: "dev", path: "/app" }],
      secrets: [
        { environment: "dev", key: "DB_URL", value: VALUES.DB_URL },
        { environment: "dev", key: "API_KEY", value: VALUES.API_KEY },
        { environment: "dev", path: "/app", key: "NESTED", value: VALUES.NESTED },
        { environment: "prod", key: "PROD_ONLY", value: VALUES.PROD_ONLY },
      ],
    },
  ],
};

export const dev = { projectId: PROJECT_ID, environment: "dev" } as const;

export interface WorldOptions extends Partial<ClientConfig> {
  faults?: FaultRule[];
}

/** An emulator and a client on it; `urls` holds every URL the emulator was sent. */
export function world(options: WorldOptions = {}) {
  const { faults, ...config } = options;
  const emulator = createEmulator({ seed, faults });
  const urls: URL[] = [];
  /** As the SDK built them, before any URL parsing could normalise `..` away. */
  const rawUrls: string[] = [];
  let time = Date.parse("2026-11-26T08:00:00Z");
  const client = createClient({
    siteUrl: SITE,
    fetch: (input, init) => {
      const raw = input instanceof Request ? input.url : String(input);
      rawUrls.push(raw);
      urls.push(new URL(raw));
      return emulator.fetch(input, init);
    },
    auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
    now: () => time,
    ...config,
  });
  return {
    emulator,
    client,
    urls,
    rawUrls,
    /** Moves the client's clock (cache expiry), not the emulator's. */
    advance: (ms: number) => {
      time += ms;
    },
  };
}
