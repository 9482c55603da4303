import { describe, expect, it } from "vitest";
import { call, fixtureEmulator, OUTSIDER_ID, PROJECT_SLUG, tokenFor } from "./helpers";

// The licence switch (`plan`) and the user-only secret-versions route. Their refusals are
// replayed from recordings in fidelity.test.ts; these check the rest of their behaviour.

const AT = { projectSlug: PROJECT_SLUG, environmentSlug: "dev", path: "/" };
const DS = "/api/v1/dynamic-secrets";
const totp = {
  name: "otp",
  defaultTTL: "1h",
  provider: { type: "totp", inputs: { configType: "manual", secret: "JBSWY3DPEHPK3PXP" } },
};
const refusal = (action: string) =>
  `Failed to ${action} due to plan restriction. Upgrade plan to create dynamic secret.`;

/** A licensed and an unlicensed emulator holding the same dynamic secret and lease. */
async function twoWorlds() {
  const licensed = fixtureEmulator();
  const token = tokenFor(licensed);
  expect((await call(licensed, "POST", DS, { token, body: { ...AT, ...totp } })).status).toBe(200);
  const leased = await call(licensed, "POST", `${DS}/leases`, {
    token,
    body: { ...AT, dynamicSecretName: "otp" },
  });
  expect(leased.status).toBe(200);
  // Same seed, same deterministic ids: the records fit the unlicensed world's folders as they are.
  const unlicensed = fixtureEmulator({ plan: { dynamicSecrets: false } });
  for (const [id, ds] of licensed.state.dynamicSecrets) unlicensed.state.dynamicSecrets.set(id, ds);
  for (const [id, lease] of licensed.state.leases) unlicensed.state.leases.set(id, lease);
  return { licensed, unlicensed, token: tokenFor(unlicensed), leaseId: leased.body.lease.id };
}

describe("plan without dynamic secrets", () => {
  it("refuses create, update, lease and renew with the server's wording", async () => {
    const { unlicensed: emulator, token, leaseId } = await twoWorlds();
    const attempts = [
      ["create dynamic secret", "POST", DS, { ...totp, name: "otp-2" }],
      ["update dynamic secret", "PATCH", `${DS}/otp`, { data: { defaultTTL: "2h" } }],
      ["create lease", "POST", `${DS}/leases`, { dynamicSecretName: "otp" }],
      ["renew lease", "POST", `${DS}/leases/${leaseId}/renew`, { ttl: "1m" }],
    ] as const;
    for (const [action, method, path, body] of attempts) {
      const response = await call(emulator, method, path, { token, body: { ...AT, ...body } });
      expect(response.status, action).toBe(400);
      expect(response.body).toMatchObject({ error: "BadRequest", message: refusal(action) });
    }
    expect(emulator.state.dynamicSecrets.size).toBe(1);
    expect(emulator.state.leases.size).toBe(1);
  });

  it("still reads, lists and revokes, as the server does", async () => {
    const { unlicensed: emulator, token, leaseId } = await twoWorlds();
    const query = AT;
    expect((await call(emulator, "GET", `${DS}/otp`, { token, query })).status).toBe(200);
    expect((await call(emulator, "GET", DS, { token, query })).body.dynamicSecrets).toHaveLength(1);
    const lease = `${DS}/leases/${leaseId}`;
    expect((await call(emulator, "GET", lease, { token, query })).status).toBe(200);
    expect((await call(emulator, "DELETE", lease, { token, body: AT })).status).toBe(200);
  });

  it("checks the project and membership first", async () => {
    const emulator = fixtureEmulator({ plan: { dynamicSecrets: false } });
    const missing = await call(emulator, "POST", DS, {
      token: tokenFor(emulator),
      body: { ...AT, ...totp, projectSlug: "nope" },
    });
    expect(missing.status).toBe(404);
    const outsider = await call(emulator, "POST", DS, {
      token: tokenFor(emulator, OUTSIDER_ID),
      body: { ...AT, ...totp },
    });
    expect(outsider.body.error).toBe("ProjectMembershipNotFound");
  });

  it("is on by default", async () => {
    const { licensed } = await twoWorlds();
    expect(licensed.state.leases.size).toBe(1);
  });
});

describe("secret versions (a user-only route)", () => {
  const path = "/api/v1/secret/0c4e0d2f-0000-4000-8000-000000000000/secret-versions";

  it("refuses a machine identity, naming the requested URL", async () => {
    const emulator = fixtureEmulator();
    const response = await call(emulator, "GET", path, {
      token: tokenFor(emulator),
      query: { limit: 5 },
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      error: `Forbidden access to ${path}?limit=5`,
      message: "You are not allowed to access this resource",
    });
  });

  it("asks for a token first", async () => {
    const response = await call(fixtureEmulator(), "GET", path);
    expect(response.status).toBe(401);
    expect(response.body.message).toBe("Token missing");
  });
});
