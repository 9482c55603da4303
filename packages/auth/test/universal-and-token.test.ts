import {
  createClient,
  InfisicalAuthError,
  type InfisicalClient,
  InfisicalValidationError,
} from "@infisical-edge/core";
import { createEmulator, type EmulatorSeed } from "@infisical-edge/emulator";
import { describe, expect, it } from "vitest";
import { renewToken, revokeToken, tokenAuth, tokenInfo, universalAuth } from "../src/index";

const PROJECT = "2a4c6e80-0000-4000-8000-0000000000aa";
const IDENTITY = "2a4c6e80-0000-4000-8000-0000000000bb";
const seed: EmulatorSeed = {
  identities: [
    {
      id: IDENTITY,
      name: "auth-tests",
      clientId: "ua-client",
      clientSecret: "ua-secret-0123456789",
      accessTokenTTL: 600,
      accessTokenMaxTTL: 3600,
      projects: [PROJECT],
    },
  ],
  projects: [
    {
      id: PROJECT,
      slug: "auth-project",
      name: "Auth",
      type: "secret-manager",
      environments: [{ slug: "dev", name: "Dev" }],
      secrets: [{ environment: "dev", path: "/", key: "K", value: "v", comment: "" }],
    },
  ],
};
const read = { projectId: PROJECT, environment: "dev" };

// A plain authenticated read (the secrets package is not a dependency of auth).
async function getSecret(client: InfisicalClient, query: typeof read) {
  const response = await client.send({ method: "GET", path: "/api/v4/secrets/K", query });
  return (response.data as { secret: { secretValue: string } }).secret;
}
const LOGIN = "/api/v1/auth/universal-auth/login";

function setup(auth: ReturnType<typeof universalAuth>, renewReturnsNewToken?: boolean) {
  const emulator = createEmulator({ seed, renewReturnsNewToken });
  const client = createClient({
    siteUrl: "http://emulator.localhost",
    fetch: emulator.fetch,
    auth,
    now: () => emulator.now(),
  });
  return { emulator, client };
}

describe("universalAuth", () => {
  it("logs in with the client id and secret, once", async () => {
    const { emulator, client } = setup(
      universalAuth({ clientId: "ua-client", clientSecret: "ua-secret-0123456789" }),
    );
    expect((await getSecret(client, read)).secretValue).toBe("v");
    await getSecret(client, read);
    expect(emulator.count({ path: LOGIN })).toBe(1);
    const info = tokenInfo(client);
    expect(info?.expiresAt).toBeGreaterThan(Date.now() + 500_000);
  });

  it("a wrong secret is an InfisicalAuthError with the server's message, no retry", async () => {
    const { emulator, client } = setup(
      universalAuth({ clientId: "ua-client", clientSecret: "wrong-secret" }),
    );
    const error = await getSecret(client, read).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalAuthError);
    expect(error.status).toBe(401);
    expect(error.serverMessage).toBe("Invalid credentials");
    expect(error.requestId).toMatch(/^req-/);
    expect(emulator.count({ path: LOGIN })).toBe(1);
  });

  it("validates its options when called", () => {
    for (const [options, field] of [
      [{ clientId: "", clientSecret: "x" }, "clientId"],
      [{ clientId: "x", clientSecret: "" }, "clientSecret"],
      [{ clientId: "x" }, "clientSecret"],
    ] as const) {
      const error = (() => {
        try {
          universalAuth(options as never);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(InfisicalValidationError);
      expect((error as InfisicalValidationError).field).toBe(field);
    }
  });

  // The recorded server renewed the same token string; other versions sign a new one.
  for (const [server, renewReturnsNewToken] of [
    ["the same token", false],
    ["a new token", true],
  ] as const) {
    it(`renews against a server returning ${server}, uses what it returned, and revokes`, async () => {
      const { emulator, client } = setup(
        universalAuth({ clientId: "ua-client", clientSecret: "ua-secret-0123456789" }),
        renewReturnsNewToken,
      );
      await getSecret(client, read);
      const before = tokenInfo(client)?.expiresAt as number;
      emulator.advanceClock(300_000); // the client's clock too (setup): the renewal counts from now
      const renewed = await renewToken(client);
      expect(renewed.expiresAt).toBeGreaterThanOrEqual(before + 300_000);
      expect(emulator.count({ path: "/api/v1/auth/token/renew" })).toBe(1);
      // Past the first token's 600 s, well before the renewed expiry: only the token renew
      // returned still works (a new one, or the old one extended), with no login or renewal.
      emulator.advanceClock(310_000);
      await getSecret(client, read);
      expect(emulator.count({ path: LOGIN })).toBe(1);
      expect(emulator.count({ path: "/api/v1/auth/token/renew" })).toBe(1);
      await revokeToken(client);
      expect(tokenInfo(client)).toBeUndefined();
      await getSecret(client, read); // logs in again
      expect(emulator.count({ path: LOGIN })).toBe(2);
    });
  }
});

describe("tokenAuth", () => {
  it("uses a minted token without any login call", async () => {
    const emulator = createEmulator({ seed });
    const token = emulator.issueToken(IDENTITY, { ttl: 600 });
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth: tokenAuth(token),
    });
    expect((await getSecret(client, read)).secretValue).toBe("v");
    expect(emulator.requests.map((r) => r.path)).toEqual(["/api/v4/secrets/K"]);
  });

  it("a rejected token surfaces as InfisicalAuthError after one attempt", async () => {
    const emulator = createEmulator({ seed });
    const token = emulator.issueToken(IDENTITY, { ttl: 60 });
    const client = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth: tokenAuth(token),
    });
    emulator.advanceClock(120_000);
    const error = await getSecret(client, read).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalAuthError);
    expect(error.status).toBe(403);
    expect(error.error).toBe("TokenError");
    expect(emulator.requests).toHaveLength(1);
    expect(String(error)).not.toContain(token);
  });

  it("refuses an empty token", () => {
    expect(() => tokenAuth("")).toThrow(InfisicalValidationError);
  });
});

describe("identity labels", () => {
  it("differ per organization, so sub-organization logins never share tokens or cache", async () => {
    const root = universalAuth({ clientId: "same", clientSecret: "s" });
    const sub = universalAuth({ clientId: "same", clientSecret: "s", organizationSlug: "sub-org" });
    expect(await root.identity()).not.toBe(await sub.identity());
    expect(await sub.identity()).not.toContain("same");
  });
});
