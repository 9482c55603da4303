import { describe, expect, it } from "vitest";
import { createEmulator } from "../src";
import { kmsKeys } from "../src/kms/store";
import { call, fixtureSeed, IDENTITY_ID, OUTSIDER_ID, PROJECT_ID, START } from "./helpers";

// KMS behaviour beyond the recordings: validation, isolation between keys and projects.

const KMS_PROJECT = "6c9932b5-95a6-4f69-8c42-5bb15f51b817";
const KEYS = "/api/v1/kms/keys";

function world() {
  const seed = fixtureSeed();
  seed.projects?.push({ id: KMS_PROJECT, slug: "kms", type: "kms", environments: [] });
  seed.identities?.find((i) => i.id === IDENTITY_ID)?.projects?.push(KMS_PROJECT);
  let now = START;
  const emulator = createEmulator({ seed, clock: () => now++ });
  const token = emulator.issueToken(IDENTITY_ID);
  const create = (body: Record<string, unknown>) =>
    call(emulator, "POST", KEYS, { token, body: { projectId: KMS_PROJECT, ...body } });
  return { emulator, token, create };
}

describe("emulated KMS", () => {
  it("validates like the server: uuid params, base64, 4096 bytes, slugs", async () => {
    const { emulator, token, create } = world();
    const key = (await create({ name: "k" })).body.key;

    const badId = await call(emulator, "POST", `${KEYS}/not-a-uuid/encrypt`, {
      token,
      body: { plaintext: "AA==" },
    });
    expect(badId.status).toBe(422);
    expect(badId.body.message).toEqual([
      { validation: "uuid", code: "invalid_string", message: "Invalid uuid", path: ["keyId"] },
    ]);

    const big = await call(emulator, "POST", `${KEYS}/${key.id}/encrypt`, {
      token,
      body: { plaintext: btoa("x".repeat(4097)) },
    });
    expect(big.status).toBe(422);
    expect(big.body.message[0]).toMatchObject({
      message: "data cannot exceed 4096 bytes",
      path: ["plaintext"],
    });

    const missing = await call(emulator, "POST", `${KEYS}/${key.id}/decrypt`, { token, body: {} });
    expect(missing.status).toBe(422);
    expect(missing.body.message[0]).toMatchObject({ message: "Required", path: ["ciphertext"] });

    const badName = await create({ name: "Not_A_Slug" });
    expect(badName.status).toBe(422);
    expect(badName.body.message[0].message).toBe(
      "Name field can only contain lowercase letters, numbers, and hyphens",
    );
    const longName = await create({ name: "k".repeat(33) });
    expect(longName.body.message[0].message).toBe(
      "Name field must be at most 32 lowercase characters",
    );
    const limit = await call(emulator, "GET", KEYS, {
      token,
      query: { projectId: KMS_PROJECT, limit: 0 },
    });
    expect(limit.status).toBe(422);
  });

  it("accepts unpadded base64, as the server's check does", async () => {
    const { emulator, token, create } = world();
    const key = (await create({ name: "k" })).body.key;
    const sealed = await call(emulator, "POST", `${KEYS}/${key.id}/encrypt`, {
      token,
      body: { plaintext: "aGk" },
    });
    expect(sealed.status).toBe(200);
    const opened = await call(emulator, "POST", `${KEYS}/${key.id}/decrypt`, {
      token,
      body: { ciphertext: sealed.body.ciphertext },
    });
    expect(opened.body.plaintext).toBe("aGk=");
  });

  it("keeps key material apart: each key its own AES key, never serialised", async () => {
    const { emulator, create } = world();
    const a = (await create({ name: "a" })).body.key;
    const b = (await create({ name: "b" })).body.key;
    const keys = kmsKeys(emulator.state);
    const materialA = keys.get(a.id)?.material;
    const materialB = keys.get(b.id)?.material;
    expect(materialA?.kind).toBe("symmetric");
    if (materialA?.kind === "symmetric" && materialB?.kind === "symmetric") {
      expect(materialA.raw.length).toBe(32);
      expect(materialA.raw).not.toEqual(materialB.raw);
    }
    expect(JSON.stringify(a)).not.toContain("material");
    const aes128 = (await create({ name: "c", encryptionAlgorithm: "aes-128-gcm" })).body.key;
    const material128 = keys.get(aes128.id)?.material;
    expect(material128?.kind === "symmetric" && material128.raw.length).toBe(16);
  });

  it("refuses identities that are not members of the key's project", async () => {
    const { emulator, create } = world();
    const key = (await create({ name: "private" })).body.key;
    const outsider = emulator.issueToken(OUTSIDER_ID);
    const read = await call(emulator, "GET", `${KEYS}/${key.id}`, { token: outsider });
    expect(read.status).toBe(403);
    const list = await call(emulator, "GET", KEYS, {
      token: outsider,
      query: { projectId: KMS_PROJECT },
    });
    expect(list.status).toBe(403);
  });

  it("creates no key in a secret-manager project", async () => {
    const { emulator, token } = world();
    const response = await call(emulator, "POST", KEYS, {
      token,
      body: { projectId: PROJECT_ID, name: "nope" },
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(
      "The project is of type secret-manager. Operations of type kms are not allowed.",
    );
  });

  it("signs a precomputed digest, which verifies as a signature over the message", async () => {
    const { emulator, token, create } = world();
    const key = (
      await create({ name: "s", keyUsage: "sign-verify", encryptionAlgorithm: "ECC_NIST_P256" })
    ).body.key;
    const message = new TextEncoder().encode("hash me");
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", message));
    const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
    const signed = await call(emulator, "POST", `${KEYS}/${key.id}/sign`, {
      token,
      body: { signingAlgorithm: "ECDSA_SHA_256", data: toBase64(digest), isDigest: true },
    });
    expect(signed.status).toBe(200);
    const verified = await call(emulator, "POST", `${KEYS}/${key.id}/verify`, {
      token,
      body: {
        signingAlgorithm: "ECDSA_SHA_256",
        data: toBase64(message),
        signature: signed.body.signature,
      },
    });
    expect(verified.body.signatureValid).toBe(true);
  });

  it("refuses RSA-PSS over a digest (400, as the server), but signs PKCS#1 digests", async () => {
    const { emulator, token, create } = world();
    const key = (
      await create({ name: "rsa", keyUsage: "sign-verify", encryptionAlgorithm: "RSA_4096" })
    ).body.key;
    const digest = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));
    const sign = (signingAlgorithm: string) =>
      call(emulator, "POST", `${KEYS}/${key.id}/sign`, {
        token,
        body: { signingAlgorithm, data: digest, isDigest: true },
      });
    const pss = await sign("RSASSA_PSS_SHA_256");
    expect(pss.status).toBe(400);
    expect(pss.body.message).toBe("RSA PSS does not support digested input");
    const verify = await call(emulator, "POST", `${KEYS}/${key.id}/verify`, {
      token,
      body: {
        signingAlgorithm: "RSASSA_PSS_SHA_256",
        data: digest,
        signature: "AA==",
        isDigest: true,
      },
    });
    expect(verify.status).toBe(400);
    expect((await sign("RSASSA_PKCS1_V1_5_SHA_256")).status).toBe(200);
  }, 60_000);
});
