import { describe, expect, it } from "vitest";
import { createClient, InfisicalValidationError } from "../src/index";
import {
  aesGcmDecrypt,
  aesGcmEncrypt,
  base64ToBytes,
  base64UrlToBytes,
  bytesToBase64,
  bytesToBase64Url,
  bytesToHex,
  hexToBytes,
  hmac,
  importAesKey,
  randomBytes,
  sha256Hex,
  utf8Decode,
  utf8Encode,
} from "../src/internal/index";

describe("createClient config", () => {
  it("defaults to Infisical Cloud and accepts host as an alias", () => {
    expect(createClient().siteUrl).toBe("https://app.infisical.com");
    expect(createClient({ host: "https://eu.infisical.com/" }).siteUrl).toBe(
      "https://eu.infisical.com",
    );
    expect(createClient({ siteUrl: "http://localhost:8080/api" }).siteUrl).toBe(
      "http://localhost:8080",
    );
    expect(createClient({ siteUrl: "https://a.example", host: "https://b.example" }).siteUrl).toBe(
      "https://a.example",
    );
  });

  it("rejects bad options naming the field", () => {
    const cases: [unknown, string][] = [
      [{ siteUrl: "not a url" }, "siteUrl"],
      [{ siteUrl: "ftp://x.example" }, "siteUrl"],
      [{ timeout: -1 }, "timeout"],
      [{ auth: { kind: "x" } }, "auth.login"],
      [{ cache: { ttl: -5 } }, "cache.ttl"],
      [{ auth: { login: () => {}, identity: () => "i" } }, "auth.kind"],
      [{ cache: { storage: { getItem: () => null } } }, "cache.storage.setItem"],
      [{ cache: "yes" }, "cache"],
      [{ retry: 99 }, "retry"],
      [{ retry: "twice" }, "retry"],
      [{ retry: { maxDelay: -1 } }, "retry.maxDelay"],
      [{ headers: [] }, "headers"],
      [{ fetch: "fetch" }, "fetch"],
      [{ tokenStore: { open: 1 } }, "tokenStore"],
      [null, "config"],
    ];
    for (const [config, field] of cases) {
      const err = (() => {
        try {
          createClient(config as never);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(InfisicalValidationError);
      expect((err as InfisicalValidationError).field).toBe(field);
    }
  });
});

describe("encoding and crypto", () => {
  it("round-trips base64, base64url, hex and UTF-8", () => {
    const bytes = new Uint8Array(300).map((_, i) => (i * 7) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(base64UrlToBytes(bytesToBase64Url(bytes))).toEqual(bytes);
    expect(hexToBytes(bytesToHex(bytes))).toEqual(bytes);
    expect(utf8Decode(utf8Encode("héllo ✓ 🔑"))).toBe("héllo ✓ 🔑");
    expect(bytesToBase64(utf8Encode("hello"))).toBe("aGVsbG8=");
  });

  it("hashes and MACs to known values", async () => {
    expect(await sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    // RFC 4231 test case 2
    expect(bytesToHex(await hmac("SHA-256", "Jefe", "what do ya want for nothing?"))).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("AES-GCM decrypts what it encrypts and refuses tampered data", async () => {
    const key = await importAesKey(randomBytes(32));
    const sealed = await aesGcmEncrypt(key, utf8Encode("payload"));
    expect(utf8Decode(await aesGcmDecrypt(key, sealed))).toBe("payload");
    sealed[sealed.length - 1]! ^= 1;
    await expect(aesGcmDecrypt(key, sealed)).rejects.toThrow();
  });
});

describe("createClient bounds", () => {
  it("refuses a timeout past the timer limit and an infinite cache ttl", () => {
    for (const [config, field] of [
      [{ timeout: 3e9 }, "timeout"],
      [{ cache: { ttl: Number.POSITIVE_INFINITY } }, "cache.ttl"],
    ] as const) {
      let error: unknown;
      try {
        createClient(config as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InfisicalValidationError);
      expect((error as InfisicalValidationError).field).toBe(field);
    }
  });
});
