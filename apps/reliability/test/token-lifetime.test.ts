// Token lifetimes and renewal under faults, counted at the emulator:
// - `expiresIn: 0` is a token that never expires: no renewal before each request;
// - nonsense lifetimes (negative, tiny) never turn into a login or renewal per request;
// - a failed early renewal keeps the still-valid token serving and retries later;
// - a failing explicit renewToken never fails the reads that run meanwhile.

import { renewToken, universalAuth } from "@infisical-edge/auth";
import { createClient, memoryStorage, sealedTokenStore } from "@infisical-edge/core";
import { createEmulator, type EmulatorSeed } from "@infisical-edge/emulator";
import { getSecret } from "@infisical-edge/secrets";
import { describe, expect, it } from "vitest";
import { CLIENT_ID, CLIENT_SECRET, dev, SITE, seed, VALUES } from "../src/world";

const LOGIN = "/api/v1/auth/universal-auth/login";
const RENEW = "/api/v1/auth/token/renew";
const READ = "/api/v4/secrets/DB_URL";

function setup(
  options: {
    ttl?: number;
    /** Rewrites `expiresIn` in every login and renew answer (what a broken server sends). */
    expiresIn?: number;
    tokenStore?: ReturnType<typeof memoryStorage>;
  } = {},
) {
  const identity = { ...(seed.identities?.[0] as NonNullable<EmulatorSeed["identities"]>[0]) };
  if (options.ttl !== undefined) Object.assign(identity, { accessTokenTTL: options.ttl });
  const emulator = createEmulator({ seed: { ...seed, identities: [identity] } });
  let time = Date.now();
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await emulator.fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (options.expiresIn === undefined || !url.pathname.startsWith("/api/v1/auth/")) {
      return response;
    }
    const body = await response.json();
    return Response.json({ ...body, expiresIn: options.expiresIn }, { status: response.status });
  };
  const client = () =>
    createClient({
      siteUrl: SITE,
      fetch,
      auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
      cache: false,
      now: () => time,
      retry: { minDelay: 1, maxDelay: 2 },
      ...(options.tokenStore
        ? { tokenStore: sealedTokenStore({ storage: options.tokenStore, secret: CLIENT_SECRET }) }
        : {}),
    });
  const count = (path: string) => emulator.count({ path });
  return { emulator, client, count, advance: (ms: number) => (time += ms) };
}

const read = { ...dev, secretName: "DB_URL" };

describe("expiresIn: 0 means no expiry", () => {
  it("10 reads make 1 login and no renewal, also an hour later", async () => {
    const { client, count, advance } = setup({ ttl: 0 });
    const infisical = client();
    for (let i = 0; i < 10; i++) {
      expect((await getSecret(infisical, read)).secretValue).toBe(VALUES.DB_URL);
    }
    advance(3600_000);
    await getSecret(infisical, read);
    expect(count(LOGIN)).toBe(1);
    expect(count(RENEW)).toBe(0);
    expect(count(READ)).toBe(11);
  });

  it("a never-expiring token kept in a token store is reused by a new client", async () => {
    const { client, count } = setup({ ttl: 0, tokenStore: memoryStorage() });
    await getSecret(client(), read);
    await getSecret(client(), read);
    expect(count(LOGIN)).toBe(1);
    expect(count(RENEW)).toBe(0);
  });
});

describe("nonsense lifetimes never become a request storm", () => {
  for (const expiresIn of [-1, -3600, 0.001, 1e-9]) {
    it(`expiresIn ${expiresIn}: 10 reads make one login and no renewal`, async () => {
      const { client, count } = setup({ expiresIn });
      const infisical = client();
      for (let i = 0; i < 10; i++) await getSecret(infisical, read);
      expect(count(LOGIN)).toBe(1);
      expect(count(RENEW)).toBe(0);
      expect(count(READ)).toBe(10);
    });
  }
});

describe("a failed early renewal does not fail requests", () => {
  for (const fault of [{ kind: "reset" as const }, { kind: "status" as const, status: 503 }]) {
    it(`renewal answered by ${fault.kind === "reset" ? "a reset" : "503"}: the token keeps serving`, async () => {
      const { emulator, client, count, advance } = setup();
      const infisical = client();
      await getSecret(infisical, read);
      advance(3590_000); // 10 s before expiry, inside the renew margin
      const rule = emulator.faults.add({ path: RENEW, fault });

      for (let i = 0; i < 5; i++) {
        expect((await getSecret(infisical, read)).secretValue).toBe(VALUES.DB_URL);
      }
      const attempts = count(RENEW);
      expect(attempts).toBeGreaterThan(0);
      expect(attempts).toBeLessThanOrEqual(4); // one renewal (and its retries), not one per read
      expect(count(LOGIN)).toBe(1);

      // Later, renewal is retried, and succeeds once the server answers again.
      emulator.faults.remove(rule);
      advance(5_000);
      await getSecret(infisical, read);
      expect(count(RENEW)).toBe(attempts + 1);
      expect(count(LOGIN)).toBe(1);
    });
  }

  it("past the real expiry, a failing renewal and login fail the request", async () => {
    const { emulator, client, advance } = setup();
    const infisical = client();
    await getSecret(infisical, read);
    advance(3601_000);
    emulator.faults.add({ path: /\/api\/v1\/auth\//, fault: { kind: "status", status: 503 } });
    await expect(getSecret(infisical, read)).rejects.toThrow();
  });
});

describe("ordinary reads never join an explicit renewToken", () => {
  it("reads succeed while renewToken hangs, and its failure stays its own", async () => {
    const { emulator, client, count } = setup();
    const infisical = client();
    await getSecret(infisical, read);
    emulator.faults.add({ path: RENEW, fault: { kind: "hang" } });
    const controller = new AbortController();
    const renewal = renewToken(infisical, controller.signal);
    renewal.catch(() => {});
    while (count(RENEW) === 0) await new Promise((resolve) => setTimeout(resolve, 5));

    const values = await Promise.all(Array.from({ length: 3 }, () => getSecret(infisical, read)));
    expect(values.map((s) => s.secretValue)).toEqual(Array(3).fill(VALUES.DB_URL));

    controller.abort();
    await expect(renewal).rejects.toBeDefined();
    expect((await getSecret(infisical, read)).secretValue).toBe(VALUES.DB_URL);
  });
});
