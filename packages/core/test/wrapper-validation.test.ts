// A misconfigured cache wrapper would silently turn caching or sharing off: encryptedStorage
// and lockedStorage refuse such options up front, naming the field.

import { describe, expect, it } from "vitest";
import {
  encryptedStorage,
  InfisicalValidationError,
  lockedStorage,
  memoryStorage,
  type StorageLock,
} from "../src/index";

const subtle = globalThis.crypto.subtle;

function refused(make: () => unknown, field: string) {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect((error as InfisicalValidationError).issues.map((i) => i.field)).toContain(field);
    return;
  }
  throw new Error(`accepted a bad ${field}`);
}

describe("encryptedStorage refuses keys that cannot seal and open entries", () => {
  it("an HMAC key", async () => {
    const key = await subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    refused(() => encryptedStorage(memoryStorage(), { key }), "key");
  });

  it("an AES-CBC key", async () => {
    const key = await subtle.generateKey({ name: "AES-CBC", length: 256 }, false, [
      "encrypt",
      "decrypt",
    ]);
    refused(() => encryptedStorage(memoryStorage(), { key }), "key");
  });

  it("an AES-GCM key that may only encrypt", async () => {
    const key = await subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt"]);
    refused(() => encryptedStorage(memoryStorage(), { key }), "key");
  });

  it("takes an AES-GCM key usable both ways, and it round-trips", async () => {
    const key = await subtle.generateKey({ name: "AES-GCM", length: 256 }, false, [
      "encrypt",
      "decrypt",
    ]);
    const storage = encryptedStorage(memoryStorage(), { key });
    await storage.setItem("k", { value: 1 });
    expect(await storage.getItem("k")).toEqual({ value: 1 });
  });
});

describe("lockedStorage refuses a missing lock or a bad lockTtl", () => {
  const lock: StorageLock = {
    acquire: async () => "owner",
    holds: async () => true,
    release: async () => {},
    clear: async () => {},
    names: async () => [],
  };

  it("no lock", () => {
    refused(() => lockedStorage(memoryStorage(), {} as never), "lock");
    refused(() => lockedStorage(memoryStorage(), undefined as never), "lock");
  });

  it("a lock missing its methods", () => {
    refused(() => lockedStorage(memoryStorage(), { lock: {} as never }), "lock.acquire");
  });

  it.each([Number.NaN, 0, -5, Number.POSITIVE_INFINITY, 2 ** 40])("lockTtl %s", (lockTtl) => {
    refused(() => lockedStorage(memoryStorage(), { lock, lockTtl }), "lockTtl");
  });

  it("poll NaN", () => {
    refused(() => lockedStorage(memoryStorage(), { lock, poll: Number.NaN }), "poll");
  });

  it("takes a complete lock", () => {
    expect(() => lockedStorage(memoryStorage(), { lock, lockTtl: 1000 })).not.toThrow();
  });
});
