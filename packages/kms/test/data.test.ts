import { InfisicalApiError, InfisicalValidationError } from "@infisical-edge/core";
import { base64ToBytes, bytesToBase64 } from "@infisical-edge/core/internal";
import { describe, expect, it } from "vitest";
import {
  createKey,
  decrypt,
  decryptData,
  decryptText,
  encrypt,
  encryptData,
  updateKey,
} from "../src/index";
import { actionPath, bytes, KMS_PROJECT_ID, setup } from "./setup";

async function withKey(name = "data-key") {
  const ctx = setup();
  const key = await createKey(ctx.client, { projectId: KMS_PROJECT_ID, name });
  return { ...ctx, keyId: key.id };
}

describe("encrypt and decrypt", () => {
  it.each([
    ["empty", new Uint8Array(0)],
    ["1 byte", new Uint8Array([0xff])],
    ["4096 bytes", bytes(4096)],
  ])("round-trips a %s payload", async (_label, payload) => {
    const { client, keyId } = await withKey();
    const ciphertext = await encrypt(client, { keyId, plaintext: payload });
    expect(ciphertext).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(await decrypt(client, { keyId, ciphertext })).toEqual(payload);
  });

  it("round-trips non-ASCII UTF-8 text", async () => {
    const { client, keyId } = await withKey();
    const text = "päßwörd — 秘密 🔐 Ωmega";
    const ciphertext = await encrypt(client, { keyId, plaintext: text });
    expect(await decryptText(client, { keyId, ciphertext })).toBe(text);
    expect(await decrypt(client, { keyId, ciphertext })).toEqual(new TextEncoder().encode(text));
  });

  it("encrypts the same plaintext to a different ciphertext each time", async () => {
    const { client, keyId } = await withKey();
    const a = await encrypt(client, { keyId, plaintext: "same" });
    const b = await encrypt(client, { keyId, plaintext: "same" });
    expect(a).not.toBe(b);
  });

  it("refuses 4097 bytes before any request, naming plaintext", async () => {
    const { emulator, client } = setup();
    const keyId = "5e1a7c2d-4b3f-4a6e-9d8c-0000000000ff";
    const error = await encrypt(client, { keyId, plaintext: bytes(4097) }).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect(error.field).toBe("plaintext");
    expect(error.message).toContain("4096 bytes");
    // 4097 bytes as a UTF-8 string is refused too (3 bytes per character here).
    await expect(encrypt(client, { keyId, plaintext: "€".repeat(1366) })).rejects.toThrow(
      InfisicalValidationError,
    );
    expect(emulator.count()).toBe(0); // not even a login
  });

  it("validates key ids and ciphertexts before any request", async () => {
    const { emulator, client } = setup();
    const keyId = "5e1a7c2d-4b3f-4a6e-9d8c-0000000000ff";
    await expect(encrypt(client, { keyId: "not-a-uuid", plaintext: "x" })).rejects.toMatchObject({
      field: "keyId",
    });
    await expect(decrypt(client, { keyId, ciphertext: "not base64!" })).rejects.toMatchObject({
      field: "ciphertext",
    });
    await expect(
      encrypt(client, { keyId, plaintext: 42 as unknown as string }),
    ).rejects.toMatchObject({ field: "plaintext" });
    expect(emulator.count()).toBe(0);
  });

  it("does not put the plaintext into a validation error", async () => {
    const { client } = setup();
    const secret = `super-secret-${"x".repeat(4096)}`;
    const error = await encrypt(client, {
      keyId: "5e1a7c2d-4b3f-4a6e-9d8c-0000000000ff",
      plaintext: secret,
    }).catch((e) => e);
    expect(JSON.stringify(error) + String(error) + error.stack).not.toContain("super-secret");
  });

  it("fails with InfisicalApiError when one byte of the ciphertext is changed", async () => {
    const { client, keyId } = await withKey();
    const sealed = base64ToBytes(await encrypt(client, { keyId, plaintext: "integrity" }));
    for (const index of [0, Math.floor(sealed.length / 2), sealed.length - 4]) {
      const tampered = sealed.slice();
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      const error = await decrypt(client, { keyId, ciphertext: bytesToBase64(tampered) }).catch(
        (e) => e,
      );
      expect(error).toBeInstanceOf(InfisicalApiError);
      expect(error.status).toBe(500);
      expect(error.serverMessage).toBe("Something went wrong");
    }
  });

  it("does not decrypt one key's ciphertext under another key", async () => {
    const { client, keyId } = await withKey("first");
    const other = await createKey(client, { projectId: KMS_PROJECT_ID, name: "second" });
    const ciphertext = await encrypt(client, { keyId, plaintext: "for the first key" });
    await expect(decrypt(client, { keyId: other.id, ciphertext })).rejects.toMatchObject({
      status: 500,
    });
    expect(await decryptText(client, { keyId, ciphertext })).toBe("for the first key");
  });

  it("is refused by a disabled key, and works again once re-enabled", async () => {
    const { client, keyId } = await withKey();
    const ciphertext = await encrypt(client, { keyId, plaintext: "before" });
    await updateKey(client, { keyId, isDisabled: true });
    // One at a time: a second pending call would reject with no handler attached yet.
    for (const attempt of [
      () => encrypt(client, { keyId, plaintext: "x" }),
      () => decrypt(client, { keyId, ciphertext }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({
        status: 400,
        serverMessage: "Key is disabled",
      });
    }
    await updateKey(client, { keyId, isDisabled: false });
    expect(await decryptText(client, { keyId, ciphertext })).toBe("before");
  });

  it("refuses a sign-verify key with the server's message", async () => {
    const { client } = setup();
    const key = await createKey(client, {
      projectId: KMS_PROJECT_ID,
      name: "signer",
      keyUsage: "sign-verify",
      encryptionAlgorithm: "ECC_NIST_P256",
    });
    await expect(encrypt(client, { keyId: key.id, plaintext: "x" })).rejects.toMatchObject({
      status: 400,
      serverMessage: "Unsupported key type, expected encrypt-decrypt but got sign-verify",
    });
  });
});

describe("encryptData and decryptData (base64 in and out, as the API)", () => {
  it("round-trips base64 exactly", async () => {
    const { client, keyId } = await withKey();
    const ciphertext = await encryptData(client, { keyId, plaintext: "aGVsbG8ga21z" });
    expect(await decryptData(client, { keyId, ciphertext })).toBe("aGVsbG8ga21z");
    expect(await decryptText(client, { keyId, ciphertext })).toBe("hello kms");
  });

  it("interoperates with encrypt and decrypt", async () => {
    const { client, keyId } = await withKey();
    const payload = bytes(300);
    const ciphertext = await encrypt(client, { keyId, plaintext: payload });
    expect(await decryptData(client, { keyId, ciphertext })).toBe(bytesToBase64(payload));
  });

  it("refuses text that is not base64, or decodes to more than 4096 bytes, before any request", async () => {
    const { emulator, client } = setup();
    const keyId = "5e1a7c2d-4b3f-4a6e-9d8c-0000000000ff";
    await expect(encryptData(client, { keyId, plaintext: "not base64!!" })).rejects.toMatchObject({
      field: "plaintext",
    });
    await expect(
      encryptData(client, { keyId, plaintext: bytesToBase64(bytes(4097)) }),
    ).rejects.toMatchObject({ field: "plaintext" });
    expect(emulator.count()).toBe(0);
  });

  it("sends one request each way", async () => {
    const { emulator, client, keyId } = await withKey();
    const ciphertext = await encryptData(client, { keyId, plaintext: "AAEC" });
    await decryptData(client, { keyId, ciphertext });
    expect(emulator.count({ path: actionPath("encrypt") })).toBe(1);
    expect(emulator.count({ path: actionPath("decrypt") })).toBe(1);
  });
});
