// envAuth: a module-scope client built without credentials (as `next build` does), the
// INFISICAL_* settings read at the first call, which fails clearly while they are missing.

import {
  createClient,
  InfisicalAuthError,
  type InfisicalClient,
  InfisicalValidationError,
} from "@infisical-edge/core";
import { createEmulator, type EmulatorSeed } from "@infisical-edge/emulator";
import { afterEach, describe, expect, it, vi } from "vitest";
import { envAuth } from "../src/index";

const PROJECT = "2a4c6e80-0000-4000-8000-0000000000ca";
const IDENTITY = "2a4c6e80-0000-4000-8000-0000000000cb";
const SECRET = "env-secret-0123456789";
const seed: EmulatorSeed = {
  identities: [
    {
      id: IDENTITY,
      name: "env-auth",
      clientId: "env-client",
      clientSecret: SECRET,
      accessTokenTTL: 600,
      accessTokenMaxTTL: 3600,
      projects: [PROJECT],
    },
  ],
  projects: [
    {
      id: PROJECT,
      slug: "env-project",
      name: "Env",
      type: "secret-manager",
      environments: [{ slug: "dev", name: "Dev" }],
      secrets: [{ environment: "dev", path: "/", key: "K", value: "v", comment: "" }],
    },
  ],
};

async function read(client: InfisicalClient): Promise<string> {
  const response = await client.send({
    method: "GET",
    path: "/api/v4/secrets/K",
    query: { projectId: PROJECT, environment: "dev" },
  });
  return (response.data as { secret: { secretValue: string } }).secret.secretValue;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("envAuth", () => {
  it("creates without settings; the first call names the missing variable; later calls read again", async () => {
    const settings: Record<string, string> = {};
    const emulator = createEmulator({ seed });
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      cache: { ttl: 60 },
      auth: envAuth({ get: (name) => settings[name] }),
    });
    const error = await read(client).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect(error.issues[0].field).toBe("INFISICAL_CLIENT_ID");
    expect(emulator.requests).toHaveLength(0);

    settings.INFISICAL_CLIENT_ID = "env-client";
    const half = await read(client).catch((e) => e);
    expect(half.issues[0].field).toBe("INFISICAL_CLIENT_SECRET");
    expect(String(half)).not.toContain("env-client");

    settings.INFISICAL_CLIENT_SECRET = SECRET;
    expect(await read(client)).toBe("v");
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
  });

  it("reads process.env by default", async () => {
    vi.stubEnv("INFISICAL_TOKEN", "");
    vi.stubEnv("INFISICAL_CLIENT_ID", "env-client");
    vi.stubEnv("INFISICAL_CLIENT_SECRET", SECRET);
    const emulator = createEmulator({ seed });
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth: envAuth(),
    });
    expect(await read(client)).toBe("v");
  });

  it("INFISICAL_TOKEN: token auth, which is not logged in again once rejected", async () => {
    const emulator = createEmulator({ seed });
    const token = emulator.issueToken(IDENTITY, { ttl: 60 });
    const auth = envAuth({ get: (name) => (name === "INFISICAL_TOKEN" ? token : undefined) });
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth,
    });
    expect(await read(client)).toBe("v");
    expect(auth.canRelogin).toBe(false);
    emulator.advanceClock(120_000);
    const error = await read(client).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalAuthError);
    expect(emulator.requests).toHaveLength(2);
    expect(String(error)).not.toContain(token);
  });
});

describe("envAuth options", () => {
  it("refuses a `get` that is not a function, at creation", () => {
    const error = (() => {
      try {
        envAuth({ get: "INFISICAL_TOKEN" as never });
      } catch (e) {
        return e;
      }
    })() as InfisicalValidationError;
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect(error.issues[0]?.field).toBe("get");
  });
});
