import { describe, expect, it } from "vitest";
import {
  createClient,
  encryptedStorage,
  InfisicalValidationError,
  memoryStorage,
} from "../src/index";
import { randomBytes } from "../src/internal/index";

describe("encryptedStorage", () => {
  it("round-trips cache entries and stores no plaintext", async () => {
    const raw = memoryStorage();
    const client = createClient({
      siteUrl: "http://emu.localhost",
      cache: { storage: encryptedStorage(raw, { key: randomBytes(32) }) },
    });
    const value = { secretValue: "very-secret-value-123" };
    expect(await client.cache.read("a:b", async () => value)).toEqual(value);
    let loads = 0;
    expect(await client.cache.read("a:b", async () => ++loads)).toEqual(value);
    expect(loads).toBe(0);
    const stored = JSON.stringify(await raw.getItem("a:b"));
    expect(stored).not.toContain("very-secret-value-123");
    expect(stored).not.toContain("expiresAt");
  });

  it("reads a tampered entry, a moved entry or another key's entry as a miss", async () => {
    const raw = memoryStorage();
    const store = encryptedStorage(raw, { key: randomBytes(32) });
    await store.setItem("k1", { value: 1, expiresAt: 9e15 });
    expect(await store.getItem("k1")).toEqual({ value: 1, expiresAt: 9e15 });

    await raw.setItem("k2", await raw.getItem("k1")); // copied under another key
    expect(await store.getItem("k2")).toBeNull();

    const sealed = (await raw.getItem("k1")) as { ev: 1; ct: string };
    const flipped = sealed.ct.startsWith("A") ? `B${sealed.ct.slice(1)}` : `A${sealed.ct.slice(1)}`;
    await raw.setItem("k1", { ...sealed, ct: flipped });
    expect(await store.getItem("k1")).toBeNull();

    const other = encryptedStorage(raw, { key: randomBytes(32) });
    await store.setItem("k3", { value: 3, expiresAt: 9e15 });
    expect(await other.getItem("k3")).toBeNull();
    expect(await store.getItem("unknown")).toBeNull();
  });

  it("accepts a CryptoKey and refuses a wrong-sized key before use", async () => {
    const key = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, [
      "encrypt",
      "decrypt",
    ]);
    const store = encryptedStorage(memoryStorage(), { key });
    await store.setItem("k", { value: "x", expiresAt: 1 });
    expect(await store.getItem("k")).toEqual({ value: "x", expiresAt: 1 });
    expect(() => encryptedStorage(memoryStorage(), { key: randomBytes(16) })).toThrow(
      InfisicalValidationError,
    );
  });
});
