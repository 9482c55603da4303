// A hostile tenant shares the cache storage of a victim and knows its client id (public): with
// a wrong client secret it must never be served the victim's cached secrets, whatever the
// storage: in memory, encrypted, Workers KV (miniflare) or Redis (REDIS_URL, from `pnpm test`).

import { randomUUID } from "node:crypto";
import { universalAuth } from "@infisical-edge/auth";
import { kvStorage } from "@infisical-edge/cloudflare";
import {
  createClient,
  encryptedStorage,
  InfisicalAuthError,
  memoryStorage,
  type StorageLike,
} from "@infisical-edge/core";
import { createEmulator, type Emulator } from "@infisical-edge/emulator";
import { getSecret } from "@infisical-edge/secrets";
import { Miniflare } from "miniflare";
import { createStorage } from "unstorage";
import redisDriver from "unstorage/drivers/redis";
import { afterAll, describe, expect, it } from "vitest";
import { requireRedis } from "../../examples/test-services.ts";
import { CLIENT_ID, CLIENT_SECRET, dev, SITE, seed, VALUES } from "../src/world";

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

const storages: Record<string, () => Promise<StorageLike>> = {
  memory: async () => memoryStorage(),
  encryptedStorage: async () =>
    encryptedStorage(memoryStorage(), { key: crypto.getRandomValues(new Uint8Array(32)) }),
  "Workers KV (miniflare)": async () => {
    const mf = new Miniflare({
      modules: true,
      script: "export default { fetch() { return new Response('') } }",
      kvNamespaces: ["CACHE"],
    });
    cleanups.push(() => mf.dispose());
    // miniflare types its namespace with workerd-side types; it is the KV API at run time.
    return kvStorage((await mf.getKVNamespace("CACHE")) as never);
  },
  Redis: async () => {
    const storage = createStorage({
      driver: redisDriver({ url: await requireRedis(), base: `ie-identity-test-${randomUUID()}` }),
    });
    cleanups.push(async () => {
      await storage.clear();
      await storage.dispose();
    });
    return storage;
  },
};

const clientOn = (emulator: Emulator, storage: StorageLike, clientSecret: string) =>
  createClient({
    siteUrl: SITE,
    fetch: emulator.fetch,
    auth: universalAuth({ clientId: CLIENT_ID, clientSecret }),
    cache: { storage, ttl: 300 },
  });

describe("cache identity comes from the proven credential", () => {
  for (const [name, make] of Object.entries(storages)) {
    it(`${name}: a wrong client secret with the right client id gets no cached entry`, async () => {
      const emulator = createEmulator({ seed });
      const storage = await make();
      const reads = () => emulator.count({ path: "/api/v4/secrets/DB_URL" });
      const read = { ...dev, secretName: "DB_URL" };

      const victim = clientOn(emulator, storage, CLIENT_SECRET);
      expect((await getSecret(victim, read)).secretValue).toBe(VALUES.DB_URL);
      expect(reads()).toBe(1);

      const impostor = clientOn(emulator, storage, "cs-wrong-secret-00000000");
      await expect(getSecret(impostor, read)).rejects.toBeInstanceOf(InfisicalAuthError);
      expect(reads()).toBe(1);

      // The same credential in a new client (another isolate) still shares the entry.
      const sibling = clientOn(emulator, storage, CLIENT_SECRET);
      expect((await getSecret(sibling, read)).secretValue).toBe(VALUES.DB_URL);
      expect(reads()).toBe(1);

      // No key of the store holds the client id or the secret in the clear.
      const keys = (await storage.getKeys("")).join("\n");
      expect(keys).not.toContain(CLIENT_ID);
      expect(keys).not.toContain(CLIENT_SECRET);
    });
  }
});
