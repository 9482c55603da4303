import { type InfisicalClient, InfisicalValidationError } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import {
  createDynamicSecret,
  createLease,
  deleteDynamicSecret,
  durationSeconds,
  getLease,
  renewLease,
  revokeLease,
  updateDynamicSecret,
  withLease,
} from "../src/index";
import { dev, postgres, setup } from "./setup";

// Bad input is an InfisicalValidationError naming the field, raised before any request.

const base = { ...dev, name: "app-db", provider: postgres, defaultTTL: "1h" } as const;

async function refused(call: (client: any) => Promise<unknown>): Promise<InfisicalValidationError> {
  const { client, emulator } = setup();
  const error = await call(client).catch((e) => e);
  expect(error).toBeInstanceOf(InfisicalValidationError);
  expect(emulator.requests).toHaveLength(0);
  return error as InfisicalValidationError;
}

describe("durations", () => {
  it("accept the server's ms syntax and numbers of seconds", () => {
    expect(["30s", "30m", "1h", "24h", "7d", "2w", "1y"].map(durationSeconds)).toEqual([
      30, 1800, 3600, 86_400, 604_800, 1_209_600, 31_557_600,
    ]);
    // Decimals, long unit names, spaces, any case; no unit is milliseconds, as `ms` reads it.
    expect(
      ["1.5h", "90min", "1 hour", "2 days", "1H", "3 Weeks", "2.5 yrs", ".5d", "90000"].map(
        durationSeconds,
      ),
    ).toEqual([5400, 5400, 3600, 172_800, 3600, 1_814_400, 78_894_000, 43_200, 90]);
    expect(durationSeconds(90)).toBe(90);
    for (const bad of [
      "1 fortnight",
      "-1h",
      "0m",
      "",
      "1h30m",
      " 1h",
      "constructor",
      "1".repeat(101),
    ]) {
      expect(durationSeconds(bad), bad).toBeUndefined();
    }
    expect(durationSeconds(90.5)).toBe(90.5);
    for (const bad of [-5, 0, Number.NaN, Number.POSITIVE_INFINITY, null]) {
      expect(durationSeconds(bad)).toBeUndefined();
    }
  });

  it.each([
    ["an unparseable string", "1 fortnight", "defaultTTL"],
    ["a bare number string (milliseconds)", "90", "defaultTTL"],
    ["under a minute", "30s", "defaultTTL"],
    ["over ten years", "11y", "defaultTTL"],
    ["an endless number", Number.POSITIVE_INFINITY, "defaultTTL"],
  ])("refuse %s", async (_what, value, field) => {
    const error = await refused((c) =>
      createDynamicSecret(c, { ...base, defaultTTL: value as any }),
    );
    expect(error.field).toBe(field);
    expect(error.reason).toMatch(/^expected a duration/);
  });

  it("refuse a default TTL above maxTTL, under either name", async () => {
    const a = await refused((c) =>
      createDynamicSecret(c, { ...base, defaultTTL: "2d", maxTTL: "24h" }),
    );
    expect(a.field).toBe("defaultTTL");
    const b = await refused((c) =>
      updateDynamicSecret(c, { ...dev, name: "app-db", ttl: 7200, maxTtl: 3600 }),
    );
    expect(b.field).toBe("ttl");
    const both = await refused((c) => createDynamicSecret(c, { ...base, ttl: "1h" }));
    expect(both.field).toBe("ttl");
    const none = await refused((c) => createDynamicSecret(c, { ...base, defaultTTL: undefined }));
    expect(none.field).toBe("defaultTTL");
  });

  it("refuse a lease TTL above a known maxTTL", async () => {
    const lease = { ...dev, dynamicSecretName: "app-db" };
    expect(
      (await refused((c) => createLease(c, { ...lease, ttl: "25h", maxTtl: "24h" }))).field,
    ).toBe("ttl");
    expect(
      (await refused((c) => createLease(c, { ...lease, ttl: "1m", maxTTL: "30s" }))).field,
    ).toBe("maxTTL");
    const renew = { ...dev, leaseId: "l-1" };
    expect((await refused((c) => renewLease(c, { ...renew, ttl: "2h", maxTTL: "1h" }))).field).toBe(
      "ttl",
    );
    expect(
      (await refused((c) => withLease(c, { ...lease, ttl: "8d", maxTtl: "7d" }, () => 1))).field,
    ).toBe("ttl");
  });

  it("refuse inputs and lease settings that are not JSON data, naming the field", async () => {
    const cyclic: Record<string, unknown> = { host: "db" };
    cyclic.self = cyclic;
    for (const inputs of [
      { port: 10n },
      cyclic,
      { on: () => 1 },
      { when: new Date(0) },
      { n: Number.NaN },
    ]) {
      const error = await refused((c) =>
        updateDynamicSecret(c, { ...dev, name: "app-db", inputs }),
      );
      expect(error.field).toBe("inputs");
      expect(error.reason).toMatch(/JSON values only/);
    }
    const lease = { ...dev, dynamicSecretName: "app-db" };
    const error = await refused((c) => createLease(c, { ...lease, config: { ttl: 5n } as never }));
    expect(error.field).toBe("config");
  });

  it("refuse maxTTL and maxTtl together on lease calls, as on dynamic secrets", async () => {
    const both = { maxTTL: "1h", maxTtl: "10h" };
    const lease = { ...dev, dynamicSecretName: "app-db", ...both };
    for (const call of [
      (c: InfisicalClient) => createLease(c, { ...lease, ttl: "2h" }),
      (c: InfisicalClient) => createLease(c, lease),
      (c: InfisicalClient) => renewLease(c, { ...dev, leaseId: "l-1", ttl: "2h", ...both }),
      (c: InfisicalClient) => withLease(c, lease, () => 1),
    ]) {
      const error = await refused(call);
      expect(error.field).toBe("maxTtl");
      expect(error.reason).toBe("give maxTTL or maxTtl, not both");
    }
  });
});

describe("options", () => {
  it.each([
    ["name", { name: "App_DB" }],
    ["name", { name: "a".repeat(65) }],
    ["projectSlug", { projectSlug: undefined }],
    ["environmentSlug", { environmentSlug: "dev env" }],
    ["path", { path: "/a/../b" }],
    ["provider.type", { provider: { type: "oracle-magic", inputs: {} } }],
    [
      "provider.inputs.port",
      { provider: { ...postgres, inputs: { ...postgres.inputs, port: "5432" } } },
    ],
    [
      "provider.inputs.client",
      { provider: { ...postgres, inputs: { ...postgres.inputs, client: "db2" } } },
    ],
    ["provider.inputs.secret", { provider: { type: "totp", inputs: { configType: "manual" } } }],
    ["provider.inputs.configType", { provider: { type: "totp", inputs: { configType: "qr" } } }],
    [
      "provider.inputs.region",
      { provider: { type: "aws-iam", inputs: { accessKey: "a", secretAccessKey: "b" } } },
    ],
    ["provider.inputs", { provider: { type: "github", inputs: "token" } }],
    ["metadata.0.key", { metadata: [{ key: "", value: "x" }] }],
    ["usernameTemplate", { usernameTemplate: "{{password}}" }],
  ])("createDynamicSecret names %s", async (field, patch) => {
    const error = await refused((c) => createDynamicSecret(c, { ...base, ...(patch as any) }));
    expect(error.field).toBe(field);
  });

  it("lease functions check ids, names and flags", async () => {
    const at = { ...dev };
    expect((await refused((c) => getLease(c, { ...at, leaseId: "a/b" }))).field).toBe("leaseId");
    expect(
      (await refused((c) => revokeLease(c, { ...at, leaseId: "x", isForced: 1 as any }))).field,
    ).toBe("isForced");
    expect((await refused((c) => createLease(c, { ...at, dynamicSecretName: "Bad" }))).field).toBe(
      "dynamicSecretName",
    );
    expect(
      (await refused((c) => deleteDynamicSecret(c, { ...at, name: "x", isForced: "y" as any })))
        .field,
    ).toBe("isForced");
  });

  it("accepts every provider type the API lists", async () => {
    const { PROVIDER_TYPES } = await import("../src/index");
    expect(PROVIDER_TYPES).toHaveLength(27);
    expect(PROVIDER_TYPES).toContain("ibm-api-connect");
    const { client, emulator } = setup();
    await createDynamicSecret(client, {
      ...base,
      name: "hana",
      provider: { type: "sap-hana", inputs: { host: "h", port: 1 } } as const,
    });
    expect(emulator.state.dynamicSecrets.size).toBe(1);
  });
});
