// A cached read hands every caller the same stored value (memory stores keep objects as they
// are), so it is frozen: a caller's change throws instead of reaching the next caller.

import type { StorageLike } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import { getSecret, listSecrets } from "../src/index";
import { dev, setup } from "./setup";

/** An asynchronous store that keeps objects as they are (as unstorage's memory driver does). */
function objectStore(): StorageLike {
  const map = new Map<string, unknown>();
  return {
    getItem: async (key) => map.get(key) ?? null,
    setItem: async (key, value) => void map.set(key, value),
    removeItem: async (key) => void map.delete(key),
    getKeys: async (base = "") => [...map.keys()].filter((key) => key.startsWith(base)),
  };
}

describe("a cached answer cannot be changed under the next caller", () => {
  for (const [name, storage] of [
    ["the built-in memory store", undefined],
    ["an asynchronous store of objects", objectStore()],
  ] as const) {
    it(`listSecrets and getSecret through ${name}`, async () => {
      const { client: c } = setup({ cache: { ttl: 60, ...(storage ? { storage } : {}) } });
      const list = await listSecrets(c, dev);
      const value = list.secrets[0]!.secretValue;
      expect(() => list.secrets.pop()).toThrow(TypeError);
      expect(() => {
        list.secrets[0]!.secretValue = "changed";
      }).toThrow(TypeError);
      expect(() => {
        list.imports.length = 0;
      }).toThrow(TypeError);
      const again = await listSecrets(c, dev);
      expect(again.secrets.length).toBe(list.secrets.length);
      expect(again.secrets[0]!.secretValue).toBe(value);

      const one = await getSecret(c, { ...dev, secretName: "ROOT" });
      expect(() => {
        one.secretValue = "changed";
      }).toThrow(TypeError);
      expect((await getSecret(c, { ...dev, secretName: "ROOT" })).secretValue).toBe("root-value");
    });
  }

  it("with cache: false a caller gets objects of its own, which it may change", async () => {
    const { client: c } = setup({ cache: { ttl: 60 } });
    const list = await listSecrets(c, { ...dev, cache: false });
    list.secrets.pop();
    list.secrets[0]!.secretValue = "changed";
    const again = await listSecrets(c, { ...dev, cache: false });
    expect(again.secrets.length).toBe(list.secrets.length + 1);
    expect(again.secrets[0]!.secretValue).not.toBe("changed");
  });
});
