// The real server's recorded dynamic-secret and lease responses
// (fixtures/infisical-real/dynamic-secret*.json) must parse through the SDK's schemas, both
// directly and through the functions that read them.

import { readdirSync, readFileSync } from "node:fs";
import { tokenAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  CreateLeaseResponse,
  createDynamicSecret,
  createLease,
  DynamicSecretResponse,
  getDynamicSecret,
  getLease,
  LeaseDetailsResponse,
  LeaseResponse,
  ListDynamicSecretsResponse,
  ListLeasesResponse,
  listDynamicSecrets,
  listLeases,
  renewLease,
  revokeLease,
  type TotpCredentials,
  updateDynamicSecret,
} from "../src/index";

const dir = new URL("../../../fixtures/infisical-real/", import.meta.url);
const recordings = readdirSync(dir)
  .filter((file) => file.startsWith("dynamic-secret"))
  .map((file) => ({ file, ...JSON.parse(readFileSync(new URL(file, dir), "utf8")) }))
  .filter((r) => r.status === 200);

function schemaFor(method: string, path: string): v.GenericSchema {
  if (path === "/api/v1/dynamic-secrets/leases") return CreateLeaseResponse;
  if (path.startsWith("/api/v1/dynamic-secrets/leases/")) {
    return method === "GET" ? LeaseDetailsResponse : LeaseResponse;
  }
  if (path.endsWith("/leases")) return ListLeasesResponse;
  if (path === "/api/v1/dynamic-secrets" && method === "GET") return ListDynamicSecretsResponse;
  return DynamicSecretResponse;
}

const body = (file: string) => recordings.find((r) => r.file === file)?.body;
const replaying = (file: string) =>
  createClient({
    siteUrl: "http://recorded.localhost",
    auth: tokenAuth("recorded-token"),
    fetch: async () => Response.json(body(file)),
  });
const at = { projectSlug: "sdk-fixtures", environmentSlug: "dev" };
const leaseId = "1f08e1be-040b-4c4d-a821-81b9ac70f9b9";

describe("recorded dynamic-secret responses", () => {
  it("cover every response schema", () => {
    const used = new Set(recordings.map((r) => schemaFor(r.request.method, r.request.path)));
    expect(used.size).toBe(6);
    expect(recordings.length).toBeGreaterThanOrEqual(12);
  });

  it.each(recordings.map((r) => [r.file, r] as const))("%s parses", (_file, r) => {
    const result = v.safeParse(schemaFor(r.request.method, r.request.path), r.body);
    expect(result.issues?.map((i) => i.path?.map((p) => p.key).join("."))).toBeUndefined();
  });

  it("flow through the functions", async () => {
    const provider = {
      type: "totp",
      inputs: { configType: "manual", secret: "JBSWY3DPEHPK3PXP" },
    } as const;
    const created = await createDynamicSecret(replaying("dynamic-secrets-create-totp.json"), {
      ...at,
      name: "fixture-totp",
      provider,
      defaultTTL: "1h",
    });
    expect(created.inputs?.configType).toBe("manual");
    const got = await getDynamicSecret(replaying("dynamic-secrets-get.json"), {
      ...at,
      name: "fixture-postgres",
    });
    expect(got.inputs?.hostIp).toBe("127.0.0.2");
    const listed = await listDynamicSecrets(replaying("dynamic-secrets-list.json"), at);
    expect(listed.map((d) => d.type)).toEqual(["sql-database", "totp"]);
    const updated = await updateDynamicSecret(replaying("dynamic-secrets-update.json"), {
      ...at,
      name: "fixture-postgres",
      defaultTTL: "2h",
    });
    expect(updated.defaultTTL).toBe("2h");
    const lease = await createLease<TotpCredentials>(
      replaying("dynamic-secret-leases-create-totp.json"),
      {
        ...at,
        dynamicSecretName: "fixture-totp",
      },
    );
    expect(lease.data.TIME_REMAINING).toBe(22);
    const details = await getLease(replaying("dynamic-secret-leases-get.json"), { ...at, leaseId });
    expect(details.dynamicSecret.name).toBe("fixture-postgres");
    const leases = await listLeases(replaying("dynamic-secret-leases-list.json"), {
      ...at,
      dynamicSecretName: "fixture-postgres",
    });
    expect(leases).toHaveLength(3);
    const renewed = await renewLease(replaying("dynamic-secret-leases-renew.json"), {
      ...at,
      leaseId,
      ttl: "20m",
    });
    expect(renewed.expireAt).toBe("2026-11-26T07:28:21.074Z");
    const revoked = await revokeLease(replaying("dynamic-secret-leases-delete.json"), {
      ...at,
      leaseId,
    });
    expect(revoked.id).toBe(leaseId);
  });
});
