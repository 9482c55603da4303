import { InfisicalApiError } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import {
  createDynamicSecret,
  createLease,
  type DatabaseCredentials,
  type Duration,
  deleteDynamicSecret,
  getDynamicSecret,
  getLease,
  listDynamicSecrets,
  listLeases,
  renewLease,
  revokeLease,
  type TotpCredentials,
  updateDynamicSecret,
} from "../src/index";
import { dev, postgres, ROOT_PASSWORD, setup, totp } from "./setup";

const MINUTE = 60_000;

async function withPostgres(maxTTL: Duration | null = "24h") {
  const ctx = setup();
  const ds = await createDynamicSecret(ctx.client, {
    ...dev,
    name: "app-db",
    provider: postgres,
    defaultTTL: "1h",
    maxTTL,
    metadata: [{ key: "team", value: "core" }],
  });
  return { ...ctx, ds };
}

describe("dynamic secrets", () => {
  it("creates, gets, lists, updates and deletes", async () => {
    const { client, ds } = await withPostgres();
    expect(ds).toMatchObject({
      name: "app-db",
      type: "sql-database",
      defaultTTL: "1h",
      maxTTL: "24h",
    });
    expect(ds.inputs).toMatchObject({ host: "db.internal", port: 5432 });

    const got = await getDynamicSecret(client, { ...dev, name: "app-db" });
    expect(got.inputs?.password).toBe(ROOT_PASSWORD);
    expect(got.metadata).toEqual([{ key: "team", value: "core" }]);

    const listed = await listDynamicSecrets(client, dev);
    expect(listed.map((d) => d.name)).toEqual(["app-db"]);
    expect(listed[0]).not.toHaveProperty("inputs");

    const updated = await updateDynamicSecret(client, {
      ...dev,
      name: "app-db",
      ttl: 7200,
      maxTtl: "48h",
      newName: "main-db",
      inputs: { port: 6432 },
      metadata: [{ key: "team", value: "platform" }],
      usernameTemplate: "app-{{randomUsername}}",
    });
    expect(updated).toMatchObject({
      name: "main-db",
      defaultTTL: "7200s",
      maxTTL: "48h",
      usernameTemplate: "app-{{randomUsername}}",
    });
    const after = await getDynamicSecret(client, { ...dev, name: "main-db" });
    expect(after.inputs).toMatchObject({ port: 6432, password: ROOT_PASSWORD });
    expect(after.metadata).toEqual([{ key: "team", value: "platform" }]);

    const deleted = await deleteDynamicSecret(client, { ...dev, name: "main-db" });
    expect(deleted.name).toBe("main-db");
    await expect(getDynamicSecret(client, { ...dev, name: "main-db" })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("lives in folders: another path, another dynamic secret", async () => {
    const { client } = setup();
    await createDynamicSecret(client, {
      ...dev,
      path: "/db",
      name: "x",
      provider: postgres,
      ttl: "1h",
    });
    expect(await listDynamicSecrets(client, dev)).toEqual([]);
    expect((await listDynamicSecrets(client, { ...dev, path: "/db" })).map((d) => d.name)).toEqual([
      "x",
    ]);
    const missing = await listDynamicSecrets(client, { ...dev, path: "/nope" }).catch((e) => e);
    expect(missing).toBeInstanceOf(InfisicalApiError);
    expect(missing.status).toBe(404);
  });

  it("clears maxTTL and the username template with null", async () => {
    const { client } = await withPostgres();
    const updated = await updateDynamicSecret(client, {
      ...dev,
      name: "app-db",
      maxTTL: null,
      usernameTemplate: null,
    });
    expect(updated).toMatchObject({ maxTTL: null, usernameTemplate: null });
  });

  it("refuses duplicates (400) and unknown names (404) as InfisicalApiError", async () => {
    const { client } = await withPostgres();
    const again = createDynamicSecret(client, {
      ...dev,
      name: "app-db",
      provider: postgres,
      ttl: "1h",
    });
    await expect(again).rejects.toMatchObject({
      status: 400,
      serverMessage: "Provided dynamic secret already exists under the folder",
    });
    await expect(getDynamicSecret(client, { ...dev, name: "nope" })).rejects.toBeInstanceOf(
      InfisicalApiError,
    );
  });

  it("with live leases: revokes them first, or needs isForced when the provider refuses", async () => {
    const { client, emulator } = await withPostgres();
    await createLease(client, { ...dev, dynamicSecretName: "app-db" });
    const deleting = await deleteDynamicSecret(client, { ...dev, name: "app-db" });
    expect(deleting.status).toBe("Revocation in process");
    expect(emulator.state.leases.size).toBe(0);

    await createDynamicSecret(client, { ...dev, name: "app-db", provider: postgres, ttl: "1h" });
    await createLease(client, { ...dev, dynamicSecretName: "app-db" });
    for (const ds of emulator.state.dynamicSecrets.values()) ds.revocationFails = true;
    await deleteDynamicSecret(client, { ...dev, name: "app-db" });
    expect((await getDynamicSecret(client, { ...dev, name: "app-db" })).status).toBe(
      "Failed to delete",
    );
    await deleteDynamicSecret(client, { ...dev, name: "app-db", isForced: true });
    expect(await listDynamicSecrets(client, dev)).toEqual([]);
    expect(emulator.state.leases.size).toBe(0);
  });
});

describe("leases", () => {
  it("create, get, list, renew and revoke", async () => {
    const { client } = await withPostgres();
    const created = await createLease<DatabaseCredentials>(client, {
      ...dev,
      dynamicSecretName: "app-db",
      ttl: "10m",
    });
    expect(created.data.DB_USERNAME).toMatch(/^[a-z0-9]{32}$/);
    expect(created.data.DB_PASSWORD).toHaveLength(48);
    expect(created.dynamicSecret.name).toBe("app-db");
    const expiry = Date.parse(created.lease.expireAt);
    expect(expiry - Date.parse(created.lease.createdAt)).toBeCloseTo(10 * MINUTE, -3);

    const lease = { ...dev, leaseId: created.lease.id };
    const got = await getLease(client, lease);
    expect(got).toMatchObject({ id: created.lease.id, dynamicSecret: { name: "app-db" } });
    expect(got).not.toHaveProperty("data");
    expect(
      (await listLeases(client, { ...dev, dynamicSecretName: "app-db" })).map((l) => l.id),
    ).toEqual([created.lease.id]);

    const renewed = await renewLease(client, { ...lease, ttl: 1200 });
    expect(Date.parse(renewed.expireAt)).toBe(expiry + 20 * MINUTE); // from the current expiry

    const revoked = await revokeLease(client, lease);
    expect(revoked.id).toBe(created.lease.id);
    expect(await listLeases(client, { ...dev, dynamicSecretName: "app-db" })).toEqual([]);
    await expect(getLease(client, lease)).rejects.toMatchObject({ status: 404 });
  });

  it("expire on the emulator's clock", async () => {
    const { client, emulator } = await withPostgres();
    const { lease } = await createLease(client, { ...dev, dynamicSecretName: "app-db", ttl: "5m" });
    emulator.advanceClock(5 * MINUTE);
    await expect(getLease(client, { ...dev, leaseId: lease.id })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("the server refuses a TTL or a renewal past maxTTL (400)", async () => {
    const { client } = await withPostgres("1h");
    const tooLong = await createLease(client, {
      ...dev,
      dynamicSecretName: "app-db",
      ttl: "2h",
    }).catch((e) => e);
    expect(tooLong).toMatchObject({
      status: 400,
      serverMessage: "TTL cannot be larger than max TTL",
    });
    const { lease } = await createLease(client, {
      ...dev,
      dynamicSecretName: "app-db",
      ttl: "40m",
    });
    const over = await renewLease(client, { ...dev, leaseId: lease.id, ttl: "30m" }).catch(
      (e) => e,
    );
    expect(over).toBeInstanceOf(InfisicalApiError);
    expect(over.serverMessage).toMatch(/exceed the maximum allowed lease duration/);
  });

  it("revoke with isForced drops a lease the provider cannot revoke", async () => {
    const { client, emulator } = await withPostgres();
    const { lease } = await createLease(client, { ...dev, dynamicSecretName: "app-db" });
    for (const ds of emulator.state.dynamicSecrets.values()) ds.revocationFails = true;
    const refused = await revokeLease(client, { ...dev, leaseId: lease.id });
    expect(refused.status).toBe("Failed to delete");
    expect((await getLease(client, { ...dev, leaseId: lease.id })).status).toBe("Failed to delete");
    await revokeLease(client, { ...dev, leaseId: lease.id, isForced: true });
    await expect(getLease(client, { ...dev, leaseId: lease.id })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("TOTP leases carry the RFC 6238 code for the emulator's time", async () => {
    const { client } = setup({}, { clock: () => 1_111_111_109_000 });
    await createDynamicSecret(client, { ...dev, name: "otp", provider: totp, defaultTTL: "1h" });
    const { data } = await createLease<TotpCredentials>(client, {
      ...dev,
      dynamicSecretName: "otp",
    });
    expect(data).toEqual({ TOTP: "07081804", TIME_REMAINING: 1 });
  });

  it("passes config to the provider and keeps it on the lease", async () => {
    const { client } = setup();
    await createDynamicSecret(client, {
      ...dev,
      name: "k8s",
      provider: { type: "kubernetes", inputs: { url: "https://k8s.internal" } },
      defaultTTL: "1h",
    });
    const { lease, data } = await createLease(client, {
      ...dev,
      dynamicSecretName: "k8s",
      config: { namespace: "team-a" },
    });
    expect(Object.keys(data)).toEqual(["TOKEN"]);
    expect(lease.config).toEqual({ namespace: "team-a" });
  });
});
