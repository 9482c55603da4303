import { InfisicalApiError, InfisicalValidationError } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import { createDynamicSecret, type DatabaseCredentials, listLeases, withLease } from "../src/index";
import { dev, postgres, setup } from "./setup";

// withLease revokes the lease after the callback: on success, on a thrown error and as soon as
// the caller's signal aborts.

const REVOKE = { method: "DELETE", path: /^\/api\/v1\/dynamic-secrets\/leases\/[^/]+$/ };
const CREATE = { method: "POST", path: "/api/v1/dynamic-secrets/leases" };
const lease = { ...dev, dynamicSecretName: "app-db" };

async function ready() {
  const { client, emulator } = setup();
  await createDynamicSecret(client, { ...dev, name: "app-db", provider: postgres, ttl: "1h" });
  const live = () => listLeases(client, lease);
  return { client, emulator, live };
}

describe("withLease", () => {
  it("hands the credentials over and revokes after success", async () => {
    const { client, emulator, live } = await ready();
    const seen: string[] = [];
    const result = await withLease<DatabaseCredentials, string>(
      client,
      lease,
      async (creds, l, ds) => {
        seen.push(creds.DB_USERNAME, l.externalEntityId, ds.name);
        expect((await live()).map((x) => x.id)).toEqual([l.id]); // live while in use
        return `connected as ${creds.DB_USERNAME}`;
      },
    );
    expect(result).toBe(`connected as ${seen[0]}`);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe("app-db");
    expect(await live()).toEqual([]);
    expect(emulator.count(REVOKE)).toBe(1);
  });

  it("revokes and rethrows when the callback throws", async () => {
    const { client, emulator, live } = await ready();
    const boom = new Error("query failed");
    await expect(
      withLease(client, lease, () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await live()).toEqual([]);
    expect(emulator.count(REVOKE)).toBe(1);
  });

  it("revokes as soon as the signal aborts, without waiting for the callback", async () => {
    const { client, emulator, live } = await ready();
    const controller = new AbortController();
    const reason = new Error("request cancelled");
    let started!: () => void;
    const inUse = new Promise<void>((resolve) => {
      started = resolve;
    });
    const pending = withLease(client, { ...lease, signal: controller.signal }, async () => {
      started();
      await new Promise(() => {}); // a callback that never finishes on its own
    });
    await inUse;
    expect(await live()).toHaveLength(1);
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(await live()).toEqual([]);
    expect(emulator.count(REVOKE)).toBe(1);
  });

  it("creates nothing when the signal has already aborted", async () => {
    const { client, emulator } = await ready();
    const controller = new AbortController();
    controller.abort(new Error("too late"));
    const used: unknown[] = [];
    await expect(
      withLease(client, { ...lease, signal: controller.signal }, (c) => used.push(c)),
    ).rejects.toThrow("too late");
    expect(used).toEqual([]);
    expect(emulator.count(CREATE)).toBe(0);
  });

  it("creates no lease when the callback is not a function", async () => {
    const { client, emulator } = await ready();
    for (const use of [undefined, "run", { call: () => 1 }]) {
      const error = await withLease(client, lease, use as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InfisicalValidationError);
      expect(error).toMatchObject({ field: "use" });
    }
    expect(emulator.count(CREATE)).toBe(0);
  });

  it("an abort during the creation rejects at once; the lease is revoked once it exists", async () => {
    const { emulator, live } = await ready();
    const signal = (name: string) => {
      let fire!: () => void;
      const fired = new Promise<void>((resolve) => {
        fire = resolve;
      });
      return Object.assign(fired, { fire, name });
    };
    const arrived = signal("the create request reached the server");
    const release = signal("the create answer may go back");
    const revoked = signal("a revoke request went out");
    const slow = setup({
      fetch: async (input, init) => {
        const response = await emulator.fetch(input, init);
        if (init?.method === "DELETE") revoked.fire();
        if (init?.method === "POST" && String(input).endsWith("/leases")) {
          arrived.fire();
          await release;
        }
        return response;
      },
    }).client;
    const controller = new AbortController();
    const used: unknown[] = [];
    const pending = withLease(slow, { ...lease, signal: controller.signal }, (c) => used.push(c));
    await arrived;
    controller.abort(new Error("gone"));
    await expect(pending).rejects.toThrow("gone");
    expect(emulator.count(REVOKE)).toBe(0); // its id is not known yet
    release.fire();
    await revoked;
    expect(await live()).toEqual([]);
    expect(used).toEqual([]);
  });

  it("rejects when the revocation fails after success: the credentials are still live", async () => {
    const ctx = setup();
    await createDynamicSecret(ctx.client, {
      ...dev,
      name: "app-db",
      provider: postgres,
      ttl: "1h",
    });
    const failing = setup({
      fetch: async (input, init) =>
        init?.method === "DELETE"
          ? Response.json(
              { statusCode: 500, message: "Something went wrong", error: "Internal" },
              { status: 500 },
            )
          : ctx.emulator.fetch(input, init),
    }).client;
    const error = await withLease(failing, lease, () => "done").catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalApiError);
    expect(error.status).toBe(500);
    // When the callback failed too, the callback's error wins.
    const boom = new Error("callback");
    await expect(withLease(failing, lease, () => Promise.reject(boom))).rejects.toBe(boom);
  });

  it("counts a lease that is already gone as revoked", async () => {
    const { client, emulator } = await ready();
    const result = await withLease(client, lease, (_creds, l) => {
      emulator.state.leases.delete(l.id); // expired or revoked meanwhile
      return 42;
    });
    expect(result).toBe(42);
  });

  it("passes isForced to the revocation", async () => {
    const { client, emulator, live } = await ready();
    for (const ds of emulator.state.dynamicSecrets.values()) ds.revocationFails = true;
    await withLease(client, { ...lease, isForced: true }, () => undefined);
    expect(await live()).toEqual([]);
  });
});
