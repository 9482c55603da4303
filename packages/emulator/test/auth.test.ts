import { describe, expect, it } from "vitest";
import { createEmulator } from "../src";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  call,
  fixtureEmulator,
  fixtureSeed,
  IDENTITY_ID,
  OUTSIDER_ID,
  PROJECT_ID,
} from "./helpers";

const LOGIN = "/api/v1/auth/universal-auth/login";
const RENEW = "/api/v1/auth/token/renew";
const REVOKE = "/api/v1/auth/token/revoke";
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const HOUR = 3600 * 1000;

const login = (emulator: ReturnType<typeof fixtureEmulator>) =>
  call(emulator, "POST", LOGIN, { body: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } });

const listWith = (emulator: ReturnType<typeof fixtureEmulator>, token?: string) =>
  call(emulator, "GET", "/api/v4/secrets", {
    token,
    query: { projectId: PROJECT_ID, environment: "dev" },
  });

/** An emulator whose identity has short TTLs (1 h, max 2 h). */
function shortLived(renewReturnsNewToken?: boolean) {
  const seed = fixtureSeed();
  const identity = seed.identities?.[0];
  if (identity) Object.assign(identity, { accessTokenTTL: 3600, accessTokenMaxTTL: 7200 });
  return createEmulator({
    seed,
    clock: () => Date.parse("2026-01-01T00:00:00Z"),
    renewReturnsNewToken,
  });
}

describe("universal auth login", () => {
  it("returns a JWT-shaped bearer token usable on other routes", async () => {
    const emulator = fixtureEmulator();
    const { status, body } = await login(emulator);
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual([
      "accessToken",
      "expiresIn",
      "accessTokenMaxTTL",
      "tokenType",
    ]);
    expect(body).toMatchObject({
      expiresIn: 2592000,
      accessTokenMaxTTL: 2592000,
      tokenType: "Bearer",
    });
    expect(body.accessToken).toMatch(JWT);
    expect((await listWith(emulator, body.accessToken)).status).toBe(200);
  });

  it("refuses a bad secret and an unknown client id alike", async () => {
    const emulator = fixtureEmulator();
    for (const body of [
      { clientId: CLIENT_ID, clientSecret: "wrong" },
      { clientId: "nobody", clientSecret: CLIENT_SECRET },
    ]) {
      const result = await call(emulator, "POST", LOGIN, { body });
      expect(result.status).toBe(401);
      expect(result.body).toMatchObject({
        statusCode: 401,
        message: "Invalid credentials",
        error: "UnauthorizedError",
      });
      expect(result.body.reqId).toMatch(/^req-[A-Za-z0-9]{14}$/);
    }
  });

  it("answers missing fields with zod-like issues", async () => {
    const result = await call(fixtureEmulator(), "POST", LOGIN, { body: {} });
    expect(result.status).toBe(422);
    expect(result.body.error).toBe("ValidationFailure");
    expect(result.body.message).toEqual([
      {
        code: "invalid_type",
        expected: "string",
        received: "undefined",
        path: ["clientId"],
        message: "Required",
      },
      {
        code: "invalid_type",
        expected: "string",
        received: "undefined",
        path: ["clientSecret"],
        message: "Required",
      },
    ]);
  });
});

describe("renew and revoke", () => {
  it("renewReturnsNewToken=true returns a new token; the old one keeps its own expiry", async () => {
    const emulator = shortLived(true);
    const first = (await login(emulator)).body.accessToken;
    emulator.advanceClock(0.5 * HOUR);
    const renewed = await call(emulator, "POST", RENEW, { body: { accessToken: first } });
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({
      expiresIn: 3600,
      accessTokenMaxTTL: 7200,
      tokenType: "Bearer",
    });
    const second = renewed.body.accessToken;
    expect(second).not.toBe(first);
    expect((await listWith(emulator, first)).status).toBe(200);
    emulator.advanceClock(0.6 * HOUR); // past the first token's expiry, not the renewed one's
    expect((await listWith(emulator, first)).body.error).toBe("TokenError");
    expect((await listWith(emulator, second)).status).toBe(200);
    expect(emulator.count({ method: "POST", path: RENEW })).toBe(1);
  });

  it("by default renew extends the same token, as the recorded server did", async () => {
    const emulator = shortLived();
    const token = (await login(emulator)).body.accessToken;
    emulator.advanceClock(0.9 * HOUR);
    const renewed = await call(emulator, "POST", RENEW, { body: { accessToken: token } });
    expect(renewed.body).toEqual({
      accessToken: token,
      expiresIn: 3600,
      accessTokenMaxTTL: 7200,
      tokenType: "Bearer",
    });
    emulator.advanceClock(0.9 * HOUR); // 1.8 h after login: valid only thanks to the renewal
    expect((await listWith(emulator, token)).status).toBe(200);
  });

  it("refuses to renew an expired token (401) and past the max TTL (401)", async () => {
    const emulator = shortLived();
    const token = (await login(emulator)).body.accessToken;
    emulator.advanceClock(HOUR);
    const expired = await call(emulator, "POST", RENEW, { body: { accessToken: token } });
    expect(expired.status).toBe(401);
    expect(expired.body.message).toMatch(/due to TTL expiration/);

    let current = (await login(emulator)).body.accessToken;
    for (const step of [0.9, 0.9]) {
      emulator.advanceClock(step * HOUR);
      current = (await call(emulator, "POST", RENEW, { body: { accessToken: current } })).body
        .accessToken;
    }
    emulator.advanceClock(0.3 * HOUR); // 2.1 h after this login, max TTL is 2 h
    const tooOld = await call(emulator, "POST", RENEW, { body: { accessToken: current } });
    expect(tooOld.status).toBe(401);
    expect(tooOld.body.message).toMatch(/past its Max TTL expiration/);
  });

  it("revokes, then refuses the token for requests and renewal", async () => {
    const emulator = fixtureEmulator();
    const token = (await login(emulator)).body.accessToken;
    const revoked = await call(emulator, "POST", REVOKE, { body: { accessToken: token } });
    expect(revoked).toMatchObject({
      status: 200,
      body: { message: "Successfully revoked access token" },
    });
    const used = await listWith(emulator, token);
    expect(used.status).toBe(401);
    expect(used.body.message).toBe("Failed to authorize: token has been revoked");
    const renewed = await call(emulator, "POST", RENEW, { body: { accessToken: token } });
    expect(renewed.status).toBe(401);
    expect(renewed.body.message).toBe("Cannot renew: token has been revoked");
  });

  it("answers a garbage token on renew with 403 TokenError", async () => {
    const result = await call(fixtureEmulator(), "POST", RENEW, {
      body: { accessToken: "garbage" },
    });
    expect(result.status).toBe(403);
    expect(result.body.error).toBe("TokenError");
    expect(result.body.message).toMatch(/malformed/);
  });
});

describe("request authentication", () => {
  it("missing token is 401, malformed 403, expired 403 TokenError", async () => {
    const emulator = shortLived();
    expect((await listWith(emulator)).body).toMatchObject({
      statusCode: 401,
      message: "Token missing",
    });
    const malformed = await listWith(emulator, "not-a-token");
    expect(malformed.status).toBe(403);
    expect(malformed.body.error).toBe("TokenError");
    const unknownJwt = await listWith(emulator, "aaa.bbb.ccc");
    expect(unknownJwt.status).toBe(403);

    const token = emulator.issueToken(IDENTITY_ID);
    emulator.advanceClock(HOUR);
    const expired = await listWith(emulator, token);
    expect(expired.status).toBe(403);
    expect(expired.body).toMatchObject({
      error: "TokenError",
      message: "Your token has expired. Please re-authenticate.",
    });
  });

  it("accepts seeded literal tokens and minted token-auth tokens; checks membership", async () => {
    const seed = fixtureSeed();
    seed.tokens = [{ token: "literal-token", identityId: IDENTITY_ID }];
    const emulator = createEmulator({ seed });
    expect((await listWith(emulator, "literal-token")).status).toBe(200);
    expect((await listWith(emulator, emulator.issueToken(IDENTITY_ID, { ttl: 60 }))).status).toBe(
      200,
    );
    const outsider = await listWith(emulator, emulator.issueToken(OUTSIDER_ID));
    expect(outsider.status).toBe(403);
    expect(outsider.body.error).toBe("ProjectMembershipNotFound");
    expect(() => emulator.issueToken("nobody")).toThrow(/Unknown identity/);
  });

  it("ttl 0 tokens never expire", async () => {
    const emulator = fixtureEmulator();
    const token = emulator.issueToken(IDENTITY_ID, { ttl: 0 });
    emulator.advanceClock(10 * 365 * 24 * HOUR);
    expect((await listWith(emulator, token)).status).toBe(200);
  });
});
