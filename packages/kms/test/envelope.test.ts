import { InfisicalValidationError } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import {
  createKey,
  decryptEnvelope,
  ENVELOPE_VERSION,
  encryptEnvelope,
  InfisicalEnvelopeError,
  updateKey,
} from "../src/index";
import { actionPath, bytes, KMS_PROJECT_ID, sameBytes, setup } from "./setup";

const MiB = 1024 * 1024;

async function withKey() {
  const ctx = setup();
  const key = await createKey(ctx.client, { projectId: KMS_PROJECT_ID, name: "envelopes" });
  return { ...ctx, keyId: key.id };
}

/** The layout offsets documented in the README. */
function layout(envelope: Uint8Array) {
  const k = envelope[4] ?? 0;
  const w = ((envelope[5 + k] ?? 0) << 8) | (envelope[6 + k] ?? 0);
  return { k, w, wrappedAt: 7 + k, ivAt: 7 + k + w, ciphertextAt: 19 + k + w };
}

const flip = (envelope: Uint8Array, index: number) => {
  const copy = envelope.slice();
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
};

const withByte = (envelope: Uint8Array, index: number, value: number) => {
  const copy = envelope.slice();
  copy[index] = value;
  return copy;
};

describe("envelope encryption", () => {
  it.each([
    ["0 B", 0],
    ["1 MiB", MiB],
    ["10 MiB", 10 * MiB],
  ])("round-trips %s with exactly one KMS call each way", async (_label, size) => {
    const { emulator, client, keyId } = await withKey();
    const payload = bytes(size, 3);
    emulator.clearRequests();

    const envelope = await encryptEnvelope(client, { keyId, plaintext: payload });
    expect(emulator.count({ path: actionPath("encrypt") })).toBe(1);
    expect(emulator.count({ path: actionPath("decrypt") })).toBe(0);
    expect(envelope.length).toBeGreaterThan(size);

    const opened = await decryptEnvelope(client, { envelope });
    expect(emulator.count({ path: actionPath("encrypt") })).toBe(1);
    expect(emulator.count({ path: actionPath("decrypt") })).toBe(1);
    expect(opened.length).toBe(size);
    expect(sameBytes(opened, payload)).toBe(true);
  });

  it("writes the documented layout", async () => {
    const { client, keyId } = await withKey();
    const envelope = await encryptEnvelope(client, { keyId, plaintext: "hello" });
    const { k, w, ciphertextAt } = layout(envelope);
    expect([...envelope.subarray(0, 3)]).toEqual([0x49, 0x45, 0x45]);
    expect(envelope[3]).toBe(ENVELOPE_VERSION);
    expect(new TextDecoder().decode(envelope.subarray(5, 5 + k))).toBe(keyId);
    // The wrapped key is the KMS ciphertext of 32 bytes: 32 + IV 12 + tag 16 + "v01".
    expect(w).toBe(63);
    expect(envelope.length - ciphertextAt).toBe(5 + 16);
  });

  it("round-trips text and uses a fresh data key each time", async () => {
    const { client, keyId } = await withKey();
    const a = await encryptEnvelope(client, { keyId, plaintext: "same text ✓" });
    const b = await encryptEnvelope(client, { keyId, plaintext: "same text ✓" });
    const { wrappedAt, ivAt } = layout(a);
    expect(a.subarray(wrappedAt, ivAt)).not.toEqual(b.subarray(wrappedAt, ivAt));
    expect(new TextDecoder().decode(await decryptEnvelope(client, { envelope: b }))).toBe(
      "same text ✓",
    );
  });

  it("fails cleanly when any part of the envelope is changed", async () => {
    const { client, keyId } = await withKey();
    const envelope = await encryptEnvelope(client, { keyId, plaintext: bytes(1000) });
    const { k, wrappedAt, ivAt, ciphertextAt } = layout(envelope);
    const cases: [string, Uint8Array, string][] = [
      ["magic", flip(envelope, 0), "malformed"],
      ["version", flip(envelope, 3), "unsupported-version"],
      ["key id", withByte(envelope, 5 + k - 1, 0x7a), "malformed"], // "z": no longer a UUID
      ["wrapped key", flip(envelope, wrappedAt + 3), "unwrap-failed"],
      ["iv", flip(envelope, ivAt + 2), "tampered"],
      ["ciphertext", flip(envelope, ciphertextAt + 500), "tampered"],
      ["tag", flip(envelope, envelope.length - 1), "tampered"],
      ["truncated", envelope.subarray(0, ciphertextAt + 100), "tampered"],
      ["truncated below a tag", envelope.subarray(0, ciphertextAt + 10), "malformed"],
      ["cut in the header", envelope.subarray(0, wrappedAt + 5), "malformed"],
      ["empty", new Uint8Array(0), "malformed"],
    ];
    for (const [part, tampered, reason] of cases) {
      const error = await decryptEnvelope(client, { envelope: tampered }).catch((e) => e);
      expect(error, part).toBeInstanceOf(InfisicalEnvelopeError);
      expect(error.reason, part).toBe(reason);
      expect(error.message, part).toMatch(/^Cannot open envelope: /);
    }
  });

  it("binds the header: a key id swapped for another valid key fails", async () => {
    const { client, keyId } = await withKey();
    const other = await createKey(client, { projectId: KMS_PROJECT_ID, name: "other" });
    const envelope = await encryptEnvelope(client, { keyId, plaintext: "bound" });
    const swapped = envelope.slice();
    swapped.set(new TextEncoder().encode(other.id), 5);
    const error = await decryptEnvelope(client, { envelope: swapped }).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalEnvelopeError);
    expect(error.reason).toBe("unwrap-failed");
    expect(error.cause?.status).toBe(500);
  });

  it("refuses an envelope of another key when keyId is pinned, before any request", async () => {
    const { emulator, client, keyId } = await withKey();
    const envelope = await encryptEnvelope(client, { keyId, plaintext: "pinned" });
    emulator.clearRequests();
    const error = await decryptEnvelope(client, {
      envelope,
      keyId: "5e1a7c2d-4b3f-4a6e-9d8c-0000000000ff",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalEnvelopeError);
    expect(error.reason).toBe("wrong-key");
    expect(emulator.count()).toBe(0);
    expect(await decryptEnvelope(client, { envelope, keyId })).toEqual(
      new TextEncoder().encode("pinned"),
    );
  });

  it("passes the server's refusal through for a disabled key", async () => {
    const { client, keyId } = await withKey();
    const envelope = await encryptEnvelope(client, { keyId, plaintext: "x" });
    await updateKey(client, { keyId, isDisabled: true });
    await expect(decryptEnvelope(client, { envelope })).rejects.toMatchObject({
      status: 400,
      serverMessage: "Key is disabled",
    });
    await expect(encryptEnvelope(client, { keyId, plaintext: "x" })).rejects.toMatchObject({
      status: 400,
    });
  });

  it("validates its options before any request", async () => {
    const { emulator, client } = setup();
    await expect(encryptEnvelope(client, { keyId: "nope", plaintext: "x" })).rejects.toBeInstanceOf(
      InfisicalValidationError,
    );
    await expect(
      decryptEnvelope(client, { envelope: "text" as unknown as Uint8Array }),
    ).rejects.toMatchObject({ field: "envelope" });
    expect(emulator.count()).toBe(0);
  });
});
