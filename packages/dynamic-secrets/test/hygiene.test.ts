// Lease credentials and a provider's root credentials are secrets: never in an error, a log
// line or the cache. This test drives success and failure paths, then scans what they left.

import { inspect } from "node:util";
import { universalAuth } from "@infisical-edge/auth";
import { createClient, InfisicalResponseError, memoryStorage } from "@infisical-edge/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createDynamicSecret,
  createLease,
  type DatabaseCredentials,
  updateDynamicSecret,
  withLease,
} from "../src/index";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  dev,
  postgres,
  ROOT_PASSWORD,
  setup,
  TOTP_SEED_BASE32,
  totp,
} from "./setup";

const logs: string[] = [];
beforeEach(() => {
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation(
      (...args) => void logs.push(args.map(String).join(" ")),
    );
  }
});
afterEach(() => vi.restoreAllMocks());

function texts(error: any): string {
  return [
    String(error),
    error?.message,
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    error?.stack,
  ].join("\n");
}

describe("secret hygiene", () => {
  it("root credentials in inputs never reach an error, even from a server that echoes bodies", async () => {
    const { emulator } = setup();
    const echoing = createClient({
      siteUrl: "http://emulator.localhost",
      auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
      fetch: async (input, init) => {
        const body = typeof init?.body === "string" ? init.body : "";
        if (String(input).includes("/dynamic-secrets")) {
          return Response.json(
            { statusCode: 400, error: "BadRequest", message: `bad: ${body}` },
            { status: 400 },
          );
        }
        return emulator.fetch(input, init);
      },
    });
    const errors = await Promise.all([
      createDynamicSecret(echoing, { ...dev, name: "db", provider: postgres, ttl: "1h" }).catch(
        (e) => e,
      ),
      createDynamicSecret(echoing, { ...dev, name: "otp", provider: totp, ttl: "1h" }).catch(
        (e) => e,
      ),
      updateDynamicSecret(echoing, {
        ...dev,
        name: "db",
        inputs: { password: "new-root-pw-99" },
      }).catch((e) => e),
    ]);
    for (const error of errors) {
      expect(error.status).toBe(400);
      const all = texts(error);
      for (const secret of [ROOT_PASSWORD, TOTP_SEED_BASE32, "new-root-pw-99"]) {
        expect(all).not.toContain(secret);
      }
    }
  });

  it("lease credentials never reach an error, a log line or the cache", async () => {
    const storage = memoryStorage();
    const { client, emulator } = setup({ cache: { storage } });
    await createDynamicSecret(client, { ...dev, name: "db", provider: postgres, ttl: "1h" });
    const seen: string[] = [];
    const { data } = await createLease<DatabaseCredentials>(client, {
      ...dev,
      dynamicSecretName: "db",
    });
    seen.push(data.DB_USERNAME, data.DB_PASSWORD);
    await withLease<DatabaseCredentials>(client, { ...dev, dynamicSecretName: "db" }, (c) => {
      seen.push(c.DB_USERNAME, c.DB_PASSWORD);
    });

    // A 2xx answer of the wrong shape that carries credentials: the error names paths only.
    const broken = createClient({
      siteUrl: "http://emulator.localhost",
      auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
      fetch: async (input, init) => {
        const response = await emulator.fetch(input, init);
        if (!String(input).endsWith("/leases")) return response;
        const body = (await response.json()) as any;
        seen.push(body.data.DB_PASSWORD);
        delete body.lease.id;
        return Response.json(body);
      },
    });
    const malformed = await createLease(broken, { ...dev, dynamicSecretName: "db" }).catch(
      (e) => e,
    );
    expect(malformed).toBeInstanceOf(InfisicalResponseError);

    const cached = await Promise.all(
      (await storage.getKeys()).map(
        async (key) => `${key} ${JSON.stringify(await storage.getItem(key))}`,
      ),
    );
    expect(cached).toEqual([]); // nothing of this package is cached at all
    const scanned = [texts(malformed), ...logs].join("\n");
    expect(seen).toHaveLength(5);
    for (const secret of seen) expect(scanned).not.toContain(secret);
  });
});
