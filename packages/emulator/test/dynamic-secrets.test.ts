import { describe, expect, it } from "vitest";
import { createEmulator } from "../src";
import { base32Decode, totpCode } from "../src/dynamic-secrets/totp";
import { call, fixtureEmulator, fixtureSeed, OUTSIDER_ID, PROJECT_SLUG, tokenFor } from "./helpers";

const AT = { projectSlug: PROJECT_SLUG, environmentSlug: "dev", path: "/" };
const RFC_SEED = "12345678901234567890";
const RFC_SEED_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
// RFC 6238 appendix B, SHA-1, 8 digits, 30 s steps.
const RFC_SHA1: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

const postgres = {
  client: "postgres",
  host: "DB.internal",
  port: 5432,
  database: "app",
  username: "admin",
  password: "root-password-1",
  creationStatement: "CREATE USER ...",
  revocationStatement: "DROP USER ...",
};

function setup(emulator = fixtureEmulator()) {
  const token = tokenFor(emulator);
  const send = (method: string, path: string, body?: Record<string, unknown>) =>
    method === "GET"
      ? call(emulator, method, path, { token, query: { ...AT, ...(body as any) } })
      : call(emulator, method, path, { token, body: { ...AT, ...body } });
  const create = (name: string, extra: Record<string, unknown> = {}) =>
    send("POST", "/api/v1/dynamic-secrets", {
      name,
      provider: { type: "sql-database", inputs: postgres },
      defaultTTL: "1h",
      maxTTL: "24h",
      ...extra,
    });
  const lease = (name: string, extra: Record<string, unknown> = {}) =>
    send("POST", "/api/v1/dynamic-secrets/leases", { dynamicSecretName: name, ...extra });
  return { emulator, token, send, create, lease };
}

describe("TOTP (RFC 6238)", () => {
  it("decodes base32 secrets", () => {
    expect(new TextDecoder().decode(base32Decode(RFC_SEED_BASE32))).toBe(RFC_SEED);
    expect(base32Decode("not base32!")).toBeUndefined();
  });

  it.each(RFC_SHA1)("T=%i gives %s", async (seconds, code) => {
    const key = new TextEncoder().encode(RFC_SEED);
    expect(await totpCode(key, seconds, { digits: 8 })).toBe(code);
  });

  it("matches the SHA-256 and SHA-512 vectors too", async () => {
    const sha256 = new TextEncoder().encode("12345678901234567890123456789012");
    const sha512 = new TextEncoder().encode(`${"1234567890".repeat(6)}1234`);
    expect(await totpCode(sha256, 59, { digits: 8, algorithm: "sha256" })).toBe("46119246");
    expect(await totpCode(sha512, 59, { digits: 8, algorithm: "sha512" })).toBe("90693936");
  });

  it.each(RFC_SHA1)("a lease at T=%i carries %s", async (seconds, code) => {
    const emulator = createEmulator({ seed: fixtureSeed(), clock: () => seconds * 1000 });
    const { send, lease } = setup(emulator);
    const created = await send("POST", "/api/v1/dynamic-secrets", {
      name: "otp",
      provider: {
        type: "totp",
        inputs: { configType: "manual", secret: RFC_SEED_BASE32, digits: 8, algorithm: "sha1" },
      },
      defaultTTL: "1h",
    });
    expect(created.status).toBe(200);
    const issued = await lease("otp");
    expect(issued.body.data).toEqual({ TOTP: code, TIME_REMAINING: 30 - (seconds % 30) });
  });

  it("reads otpauth:// URLs", async () => {
    const emulator = createEmulator({ seed: fixtureSeed(), clock: () => 59_000 });
    const { send, lease } = setup(emulator);
    const url = `otpauth://totp/x?secret=${RFC_SEED_BASE32}&digits=8&period=30`;
    await send("POST", "/api/v1/dynamic-secrets", {
      name: "otp-url",
      provider: { type: "totp", inputs: { configType: "url", url } },
      defaultTTL: "1h",
    });
    expect((await lease("otp-url")).body.data.TOTP).toBe("94287082");
  });
});

describe("dynamic secrets", () => {
  it("issues deterministic database users, one per lease", async () => {
    const a = setup(createEmulator({ seed: fixtureSeed(), idSeed: "same", clock: () => 0 }));
    const b = setup(createEmulator({ seed: fixtureSeed(), idSeed: "same", clock: () => 0 }));
    for (const side of [a, b]) await side.create("db");
    const [first, second] = [await a.lease("db"), await b.lease("db")];
    expect(first.body.data).toEqual(second.body.data);
    expect(Object.keys(first.body.data)).toEqual(["DB_USERNAME", "DB_PASSWORD"]);
    expect(first.body.lease.externalEntityId).toBe(first.body.data.DB_USERNAME);
    const next = await a.lease("db");
    expect(next.body.data.DB_USERNAME).not.toBe(first.body.data.DB_USERNAME);
  });

  it("stores normalised inputs and answers them on get, not on list", async () => {
    const { send, create } = setup();
    const created = await create("db", { metadata: [{ key: "team", value: "core" }] });
    expect(created.body.dynamicSecret.inputs).toMatchObject({
      host: "db.internal",
      hostIp: "db.internal",
      sslRejectUnauthorized: true,
    });
    const got = await send("GET", "/api/v1/dynamic-secrets/db");
    expect(got.body.dynamicSecret.metadata).toEqual([{ key: "team", value: "core" }]);
    expect(got.body.dynamicSecret.inputs.password).toBe("root-password-1");
    const list = await send("GET", "/api/v1/dynamic-secrets");
    expect(list.body.dynamicSecrets[0]).not.toHaveProperty("inputs");
  });

  it("validates names, TTLs and providers with 422s", async () => {
    const { create } = setup();
    const bad = await create("Bad_Name", { defaultTTL: "10s", maxTTL: "11y" });
    expect(bad.status).toBe(422);
    expect(bad.body.message.map((i: any) => i.path.join("."))).toEqual([
      "name",
      "defaultTTL",
      "maxTTL",
    ]);
    const unknown = await create("x", { provider: { type: "nope", inputs: {} } });
    expect(unknown.body.message[0].code).toBe("invalid_union_discriminator");
    const missing = await create("y", { provider: { type: "sql-database", inputs: {} } });
    expect(missing.body.message.map((i: any) => i.path.at(-1))).toContain("password");
  });

  it("updates by (lower-cased) name, merges inputs and renames", async () => {
    const { send, create } = setup();
    await create("db");
    const updated = await send("PATCH", "/api/v1/dynamic-secrets/DB", {
      data: { defaultTTL: "2h", maxTTL: null, newName: "db2", inputs: { port: 6543 } },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.dynamicSecret).toMatchObject({
      name: "db2",
      defaultTTL: "2h",
      maxTTL: null,
    });
    const got = await send("GET", "/api/v1/dynamic-secrets/db2");
    expect(got.body.dynamicSecret.inputs).toMatchObject({
      port: 6543,
      password: "root-password-1",
    });
    expect((await send("GET", "/api/v1/dynamic-secrets/db")).status).toBe(404);
  });

  it("404s on unknown folders and names, 400s on duplicates", async () => {
    const { send, create } = setup();
    expect((await create("db")).status).toBe(200);
    expect((await create("db")).body.message).toBe(
      "Provided dynamic secret already exists under the folder",
    );
    const noFolder = await send("GET", "/api/v1/dynamic-secrets", { path: "/nope" });
    expect(noFolder.body.message).toBe("Folder with path '/nope' in environment 'dev' not found");
    const noProject = await send("GET", "/api/v1/dynamic-secrets", { projectSlug: "nope" });
    expect(noProject.status).toBe(404);
  });
});

describe("leases", () => {
  it("expire on the emulator's clock", async () => {
    const { emulator, send, create, lease } = setup();
    await create("db");
    const { body } = await lease("db", { ttl: "10m" });
    const get = () => send("GET", `/api/v1/dynamic-secrets/leases/${body.lease.id}`);
    expect((await get()).body.lease.dynamicSecret.name).toBe("db");
    emulator.advanceClock(10 * 60_000);
    expect((await get()).status).toBe(404);
    expect((await send("GET", "/api/v1/dynamic-secrets/db/leases")).body.leases).toEqual([]);
  });

  it("renew adds the TTL to the current expiry and stops at maxTTL", async () => {
    const { send, create, lease } = setup();
    await create("db", { maxTTL: "1h" });
    const { body } = await lease("db", { ttl: "20m" });
    const first = Date.parse(body.lease.expireAt);
    const renew = (ttl: string) =>
      send("POST", `/api/v1/dynamic-secrets/leases/${body.lease.id}/renew`, { ttl });
    const renewed = await renew("20m");
    expect(Date.parse(renewed.body.lease.expireAt)).toBe(first + 20 * 60_000);
    const over = await renew("30m");
    expect(over.status).toBe(400);
    expect(over.body.message).toMatch(/would exceed the maximum allowed lease duration/);
    expect((await lease("db", { ttl: "2h" })).body.message).toBe(
      "TTL cannot be larger than max TTL",
    );
  });

  it("revoke answers { lease }; a failing provider needs isForced", async () => {
    const { emulator, send, create, lease } = setup();
    await create("db");
    const { body } = await lease("db");
    const ds = [...emulator.state.dynamicSecrets.values()][0]!;
    ds.revocationFails = true;
    const path = `/api/v1/dynamic-secrets/leases/${body.lease.id}`;
    const refused = await send("DELETE", path);
    expect(refused.body.lease).toMatchObject({ id: body.lease.id, status: "Failed to delete" });
    expect(emulator.state.leases.size).toBe(1);
    const forced = await send("DELETE", path, { isForced: true });
    expect(forced.body.lease.id).toBe(body.lease.id);
    expect(emulator.state.leases.size).toBe(0);
  });

  it("deleting a dynamic secret revokes its leases, or needs isForced when that fails", async () => {
    const { emulator, send, create, lease } = setup();
    await create("db");
    await lease("db");
    const deleted = await send("DELETE", "/api/v1/dynamic-secrets/db");
    expect(deleted.body.dynamicSecret.status).toBe("Revocation in process");
    expect(emulator.state.leases.size).toBe(0);
    expect((await send("GET", "/api/v1/dynamic-secrets/db")).status).toBe(404);

    await create("db");
    await lease("db");
    [...emulator.state.dynamicSecrets.values()][0]!.revocationFails = true;
    await send("DELETE", "/api/v1/dynamic-secrets/db");
    const stuck = await send("GET", "/api/v1/dynamic-secrets/db");
    expect(stuck.body.dynamicSecret.status).toBe("Failed to delete");
    expect((await send("DELETE", "/api/v1/dynamic-secrets/db", { isForced: true })).status).toBe(
      200,
    );
    expect(emulator.state.dynamicSecrets.size).toBe(0);
    expect(emulator.state.leases.size).toBe(0);
  });

  it("fills usernameTemplate variables", async () => {
    const { create, lease } = setup();
    await create("db", { usernameTemplate: "app-{{identity.name}}-{{randomUsername}}" });
    const { body } = await lease("db");
    expect(body.data.DB_USERNAME).toMatch(/^app-sdk-fixture-identity-[a-z0-9]{32}$/);
  });

  it("gives other providers their own credential fields", async () => {
    const { send, lease } = setup();
    await send("POST", "/api/v1/dynamic-secrets", {
      name: "aws",
      provider: {
        type: "aws-iam",
        inputs: { accessKey: "AKIAROOT", secretAccessKey: "root-secret", region: "eu-west-1" },
      },
      defaultTTL: "1h",
    });
    expect(Object.keys((await lease("aws")).body.data)).toEqual([
      "ACCESS_KEY",
      "SECRET_ACCESS_KEY",
      "USERNAME",
    ]);
    await send("POST", "/api/v1/dynamic-secrets", {
      name: "k8s",
      provider: { type: "kubernetes", inputs: { url: "https://k8s" } },
      defaultTTL: "1h",
    });
    expect(Object.keys((await lease("k8s")).body.data)).toEqual(["TOKEN"]);
  });

  it("refuses identities outside the project", async () => {
    const emulator = fixtureEmulator();
    const outsider = emulator.issueToken(OUTSIDER_ID);
    const res = await call(emulator, "GET", "/api/v1/dynamic-secrets", {
      token: outsider,
      query: AT,
    });
    expect(res.status).toBe(403);
  });
});
