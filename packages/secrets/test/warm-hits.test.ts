// getSecret answers a warm read from values it has seen validated (no schema, no key string):
// these tests pin down that such a hit is only ever served for exactly those values, to the
// client that stored it, and that anything else still meets the full schema first.

import { universalAuth } from "@infisical-edge/auth";
import { createClient, InfisicalValidationError, memoryStorage } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import { type GetSecretOptions, getSecret, updateSecret } from "../src/index";
import { CLIENT_ID, dev, setup } from "./setup";

const root = { ...dev, secretName: "ROOT" };

async function warm() {
  const env = setup();
  expect((await getSecret(env.client, root)).secretValue).toBe("root-value");
  env.emulator.clearRequests();
  expect((await getSecret(env.client, { ...root })).secretValue).toBe("root-value");
  expect(env.emulator.requests).toHaveLength(0);
  return env;
}

async function fieldOf(run: () => Promise<unknown>): Promise<string | undefined> {
  const error = await run().catch((e) => e);
  expect(error).toBeInstanceOf(InfisicalValidationError);
  return (error as InfisicalValidationError).field;
}

describe("warm getSecret", () => {
  it("still refuses each bad value with the field named, and sends nothing", async () => {
    const { client, emulator } = await warm();
    const bad: [Record<string, unknown>, string][] = [
      [{ secretName: "has:colon" }, "secretName"],
      [{ secretName: 42 }, "secretName"],
      [{ secretPath: "relative" }, "secretPath"],
      [{ type: "everyone" }, "type"],
      [{ includeImports: "yes" }, "includeImports"],
      [{ expandSecretReferences: 1 }, "expandSecretReferences"],
      [{ viewSecretValue: null }, "viewSecretValue"],
      [{ cache: "no" }, "cache"],
      [{ version: 0 }, "version"],
      [{ projectSlug: "shop" }, "projectSlug"],
      [{ environment: undefined }, "environment"],
      [{ projectId: undefined }, "projectId"],
    ];
    for (const [change, field] of bad) {
      expect(await fieldOf(() => getSecret(client, { ...root, ...change } as never))).toBe(field);
    }
    expect(await fieldOf(() => getSecret(client, null as never))).toBe("options");
    expect(emulator.requests).toHaveLength(0);
  });

  it("serves only exactly the values it saw: any change reads what that change asks for", async () => {
    const { client, emulator } = await warm();
    const hidden = await getSecret(client, { ...root, viewSecretValue: false });
    expect(hidden.secretValue).not.toBe("root-value");
    const other = await getSecret(client, { ...dev, secretName: "A_KEY", secretPath: "/a" });
    expect(other.secretValue).toBe("a-value");
    expect(emulator.requests).toHaveLength(2);
    // The same name in another folder is another secret.
    const missing = await getSecret(client, { ...root, secretPath: "/a" }).catch((e) => e);
    expect(missing).toBeInstanceOf(Error);
    expect((await getSecret(client, root)).secretValue).toBe("root-value");
  });

  it("reads each option once per call, so a getter cannot slip a value past the schema", async () => {
    const { client, emulator } = await warm();
    let reads = 0;
    const tricky = {
      ...dev,
      get secretName() {
        reads++;
        return reads === 1 ? "ROOT" : "has:colon";
      },
    } as GetSecretOptions;
    // First read matches the warm values: served from the cache as ROOT.
    expect((await getSecret(client, tricky)).secretValue).toBe("root-value");
    expect(reads).toBe(1);
    expect(emulator.requests).toHaveLength(0);
  });

  it("an option that throws when read rejects the call: it never throws synchronously", async () => {
    const { client, emulator } = await warm();
    const boom = new Error("getter failed");
    const throwing = (name: string) =>
      Object.defineProperty({ ...root }, name, {
        get() {
          throw boom;
        },
      }) as GetSecretOptions;
    for (const name of ["secretName", "version", "cache", "signal", "projectSlug"]) {
      let call: Promise<unknown> | undefined;
      expect(() => {
        call = getSecret(client, throwing(name));
      }, name).not.toThrow();
      await expect(call).rejects.toBe(boom);
    }
    const proxy = new Proxy(
      {},
      {
        get() {
          throw boom;
        },
      },
    );
    await expect(getSecret(client, proxy as GetSecretOptions)).rejects.toBe(boom);
    expect(emulator.requests).toHaveLength(0);
  });

  it("cache: false and a signal still go to the server", async () => {
    const { client, emulator } = await warm();
    await getSecret(client, { ...root, cache: false });
    await getSecret(client, { ...root, signal: new AbortController().signal });
    expect(emulator.requests.filter((r) => r.path.includes("/secrets/ROOT"))).toHaveLength(1);
    await getSecret(client, { ...root, cache: true });
    expect(emulator.requests.filter((r) => r.path.includes("/secrets/ROOT"))).toHaveLength(1);
  });

  it("a second client on the same storage is not served the first one's warm values", async () => {
    const storage = memoryStorage();
    const first = setup({ cache: { storage } });
    await getSecret(first.client, root);
    await getSecret(first.client, root);
    const impostor = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: first.emulator.fetch,
      auth: universalAuth({ clientId: CLIENT_ID, clientSecret: "cs-wrong-secret-0000000" }),
      cache: { storage },
    });
    const refused = await getSecret(impostor, root).catch((e) => e);
    expect(refused).toBeInstanceOf(Error);
    expect(JSON.stringify(refused)).not.toContain("root-value");
  });

  it("after a write invalidates the entry, the same warm values read the new value", async () => {
    const { client } = await warm();
    await updateSecret(client, { ...root, secretValue: "root-value-2" });
    expect((await getSecret(client, root)).secretValue).toBe("root-value-2");
  });

  it("an expired entry is read again, then served warm", async () => {
    let now = 1_000_000;
    const { client, emulator } = setup({ now: () => now, cache: { ttl: 60 } });
    await getSecret(client, root);
    await getSecret(client, root);
    expect(emulator.requests.filter((r) => r.path.includes("/secrets/ROOT"))).toHaveLength(1);
    now += 61_000;
    await getSecret(client, root);
    await getSecret(client, root);
    expect(emulator.requests.filter((r) => r.path.includes("/secrets/ROOT"))).toHaveLength(2);
  });
});
