import { InfisicalValidationError } from "@infisical-edge/core";
import { base64ToBytes, bytesToBase64 } from "@infisical-edge/core/internal";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createKey,
  getPublicKey,
  listSigningAlgorithms,
  type SigningAlgorithm,
  sign,
  updateKey,
  verify,
  verifyLocally,
} from "../src/index";
import { actionPath, KMS_PROJECT_ID, setup } from "./setup";

const RSA_ALGORITHMS: SigningAlgorithm[] = [
  "RSASSA_PSS_SHA_256",
  "RSASSA_PSS_SHA_384",
  "RSASSA_PSS_SHA_512",
  "RSASSA_PKCS1_V1_5_SHA_256",
  "RSASSA_PKCS1_V1_5_SHA_384",
  "RSASSA_PKCS1_V1_5_SHA_512",
];
const ECC_ALGORITHMS: SigningAlgorithm[] = ["ECDSA_SHA_256", "ECDSA_SHA_384", "ECDSA_SHA_512"];

const { client } = setup();
const keys = { rsa: "", rsaOther: "", ecc: "", eccOther: "" };

async function signingKey(name: string, algorithm: "RSA_4096" | "ECC_NIST_P256") {
  const key = await createKey(client, {
    projectId: KMS_PROJECT_ID,
    name,
    keyUsage: "sign-verify",
    encryptionAlgorithm: algorithm,
  });
  return key.id;
}

beforeAll(async () => {
  [keys.rsa, keys.rsaOther, keys.ecc, keys.eccOther] = await Promise.all([
    signingKey("rsa", "RSA_4096"),
    signingKey("rsa-other", "RSA_4096"),
    signingKey("ecc", "ECC_NIST_P256"),
    signingKey("ecc-other", "ECC_NIST_P256"),
  ]);
});

const flipByte = (signature: string, index: number) => {
  const bytes = base64ToBytes(signature);
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return bytesToBase64(bytes);
};

describe("signing keys", () => {
  it("list their signing algorithms in the server's order", async () => {
    expect(await listSigningAlgorithms(client, { keyId: keys.ecc })).toEqual([
      "ECDSA_SHA_512",
      "ECDSA_SHA_384",
      "ECDSA_SHA_256",
    ]);
    expect(await listSigningAlgorithms(client, { keyId: keys.rsa })).toEqual([
      "RSASSA_PSS_SHA_512",
      "RSASSA_PSS_SHA_384",
      "RSASSA_PSS_SHA_256",
      "RSASSA_PKCS1_V1_5_SHA_512",
      "RSASSA_PKCS1_V1_5_SHA_384",
      "RSASSA_PKCS1_V1_5_SHA_256",
    ]);
  });

  it("give their public key as base64 DER SubjectPublicKeyInfo", async () => {
    const ecc = base64ToBytes(await getPublicKey(client, { keyId: keys.ecc }));
    expect(ecc.length).toBe(91); // like kms-public-key.json: a P-256 SPKI
    const rsa = await getPublicKey(client, { keyId: keys.rsa });
    const imported = await crypto.subtle.importKey(
      "spki",
      base64ToBytes(rsa) as Uint8Array<ArrayBuffer>,
      { name: "RSA-PSS", hash: "SHA-256" },
      true,
      ["verify"],
    );
    expect((imported.algorithm as RsaHashedKeyAlgorithm).modulusLength).toBe(4096);
  });

  it("sign ECDSA as DER, like the real server", async () => {
    const { signature } = await sign(client, {
      keyId: keys.ecc,
      data: "message to sign",
      signingAlgorithm: "ECDSA_SHA_256",
    });
    const der = base64ToBytes(signature);
    expect(der[0]).toBe(0x30);
    expect(der[1]).toBe(der.length - 2);
  });
});

describe("verifyLocally agrees with the server's verify", () => {
  const cases = [
    ...RSA_ALGORITHMS.map((algorithm) => ({ algorithm, key: "rsa", other: "rsaOther" }) as const),
    ...ECC_ALGORITHMS.map((algorithm) => ({ algorithm, key: "ecc", other: "eccOther" }) as const),
  ];

  it.each(cases)("$algorithm: valid, tampered and wrong-key signatures", async (c) => {
    const keyId = keys[c.key];
    const data = `payload for ${c.algorithm} ✓`;
    const signed = await sign(client, { keyId, data, signingAlgorithm: c.algorithm });
    expect(signed).toMatchObject({ keyId, signingAlgorithm: c.algorithm });
    const fromOtherKey = await sign(client, {
      keyId: keys[c.other],
      data,
      signingAlgorithm: c.algorithm,
    });

    const attempts = [
      { label: "valid", data, signature: signed.signature, expected: true },
      { label: "data tampered", data: `${data}!`, signature: signed.signature, expected: false },
      { label: "first byte", data, signature: flipByte(signed.signature, 0), expected: false },
      { label: "middle byte", data, signature: flipByte(signed.signature, 40), expected: false },
      { label: "last byte", data, signature: flipByte(signed.signature, -1), expected: false },
      { label: "wrong key", data, signature: fromOtherKey.signature, expected: false },
    ];
    for (const attempt of attempts) {
      const options = {
        keyId,
        data: attempt.data,
        signature: attempt.signature,
        signingAlgorithm: c.algorithm,
      };
      const server = await verify(client, options);
      const local = await verifyLocally(client, options);
      expect(server.signatureValid, attempt.label).toBe(attempt.expected);
      expect(local, attempt.label).toBe(server.signatureValid);
    }
  });

  it("fetches the public key once, then verifies without any request", async () => {
    const fresh = setup();
    const keyId = await createKey(fresh.client, {
      projectId: KMS_PROJECT_ID,
      name: "once",
      keyUsage: "sign-verify",
      encryptionAlgorithm: "ECC_NIST_P256",
    }).then((k) => k.id);
    const { signature } = await sign(fresh.client, {
      keyId,
      data: "x",
      signingAlgorithm: "ECDSA_SHA_256",
    });
    fresh.emulator.clearRequests();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        verifyLocally(fresh.client, {
          keyId,
          data: "x",
          signature,
          signingAlgorithm: "ECDSA_SHA_256",
        }),
      ),
    );
    expect(results).toEqual([true, true, true, true, true]);
    expect(
      await verifyLocally(fresh.client, {
        keyId,
        data: "y",
        signature,
        signingAlgorithm: "ECDSA_SHA_384",
      }),
    ).toBe(false);
    expect(fresh.emulator.count({ path: actionPath("public-key") })).toBe(1);
    expect(fresh.emulator.count()).toBe(1);
  });

  it("verifies with a given public key and makes no request at all", async () => {
    const publicKey = await getPublicKey(client, { keyId: keys.rsa });
    const { signature } = await sign(client, {
      keyId: keys.rsa,
      data: new Uint8Array([1, 2, 3]),
      signingAlgorithm: "RSASSA_PKCS1_V1_5_SHA_384",
    });
    const offline = setup();
    const ok = await verifyLocally(offline.client, {
      publicKey,
      data: new Uint8Array([1, 2, 3]),
      signature: base64ToBytes(signature),
      signingAlgorithm: "RSASSA_PKCS1_V1_5_SHA_384",
    });
    expect(ok).toBe(true);
    expect(offline.emulator.count()).toBe(0);
  });

  it("treats a signature that is not DER as invalid, like the server", async () => {
    const garbage = bytesToBase64(new Uint8Array(64).fill(7));
    const options = {
      keyId: keys.ecc,
      data: "x",
      signature: garbage,
      signingAlgorithm: "ECDSA_SHA_256",
    } as const;
    expect((await verify(client, options)).signatureValid).toBe(false);
    expect(await verifyLocally(client, options)).toBe(false);
  });

  it("refuses an algorithm of the other family: server 400, locally a validation error", async () => {
    const options = {
      keyId: keys.ecc,
      data: "x",
      signature: "AAAA",
      signingAlgorithm: "RSASSA_PSS_SHA_256",
    } as const;
    await expect(verify(client, options)).rejects.toMatchObject({
      status: 400,
      serverMessage: "KMS ECC key cannot be used with RSASSA_PSS_SHA_256",
    });
    await expect(verifyLocally(client, options)).rejects.toMatchObject({
      field: "signingAlgorithm",
    });
    await expect(
      sign(client, { keyId: keys.rsa, data: "x", signingAlgorithm: "ECDSA_SHA_256" }),
    ).rejects.toMatchObject({
      status: 400,
      serverMessage: "KMS RSA key cannot be used with ECDSA_SHA_256",
    });
  });
});

describe("signatures over a precomputed digest (isDigest)", () => {
  // The server signs digests with PKCS#1 v1.5 and ECDSA only (RSA-PSS: see below).
  const cases = [
    ...RSA_ALGORITHMS.filter((a) => a.startsWith("RSASSA_PKCS1")).map(
      (algorithm) => ({ algorithm, key: "rsa" }) as const,
    ),
    ...ECC_ALGORITHMS.map((algorithm) => ({ algorithm, key: "ecc" }) as const),
  ];
  const digestOf = async (algorithm: SigningAlgorithm, data: string) =>
    new Uint8Array(
      await crypto.subtle.digest(`SHA-${algorithm.slice(-3)}`, new TextEncoder().encode(data)),
    );

  it.each(cases)("$algorithm: digest and message signatures are interchangeable", async (c) => {
    const keyId = keys[c.key];
    const data = `a large file, hashed first (${c.algorithm})`;
    const digest = await digestOf(c.algorithm, data);
    const signingAlgorithm = c.algorithm;

    const overDigest = await sign(client, {
      keyId,
      data: digest,
      isDigest: true,
      signingAlgorithm,
    });
    expect(
      await verifyLocally(client, {
        keyId,
        data,
        signature: overDigest.signature,
        signingAlgorithm,
      }),
    ).toBe(true);
    const asMessage = await verify(client, {
      keyId,
      data,
      signature: overDigest.signature,
      signingAlgorithm,
    });
    expect(asMessage.signatureValid).toBe(true);

    const overMessage = await sign(client, { keyId, data, signingAlgorithm });
    const asDigest = { keyId, data: digest, isDigest: true, signingAlgorithm };
    expect(
      (await verify(client, { ...asDigest, signature: overMessage.signature })).signatureValid,
    ).toBe(true);
    expect(
      (await verify(client, { ...asDigest, signature: overDigest.signature })).signatureValid,
    ).toBe(true);

    const otherDigest = await digestOf(c.algorithm, `${data}!`);
    const wrong = { ...asDigest, data: otherDigest, signature: overDigest.signature };
    expect((await verify(client, wrong)).signatureValid).toBe(false);
    expect(
      (await verify(client, { ...asDigest, signature: flipByte(overDigest.signature, -1) }))
        .signatureValid,
    ).toBe(false);
  });

  it.each(RSA_ALGORITHMS.filter((a) => a.startsWith("RSASSA_PSS")))(
    "%s refuses a digest before any request (the server answers 400)",
    async (signingAlgorithm) => {
      const fresh = setup();
      const keyId = "5e1a7c2d-4b3f-4a6e-9d8c-0000000000ff";
      const digest = new Uint8Array(Number(signingAlgorithm.slice(-3)) / 8);
      const error = await sign(fresh.client, {
        keyId,
        data: digest,
        isDigest: true,
        signingAlgorithm,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InfisicalValidationError);
      expect(error).toMatchObject({ field: "isDigest" });
      expect(String(error)).toMatch(/RSA-PSS/);
      expect(fresh.emulator.count()).toBe(0);
      // Without isDigest the same algorithm signs.
      const signed = await sign(client, { keyId: keys.rsa, data: "message", signingAlgorithm });
      expect(signed.signingAlgorithm).toBe(signingAlgorithm);
    },
  );

  it("refuses a digest of the wrong length, as the server does", async () => {
    await expect(
      sign(client, {
        keyId: keys.ecc,
        data: new Uint8Array(20),
        isDigest: true,
        signingAlgorithm: "ECDSA_SHA_256",
      }),
    ).rejects.toMatchObject({
      status: 400,
      serverMessage:
        "Failed to sign ECC digest with ECDSA_SHA_256 due to signing error. Ensure that your digest is hashed with SHA256.",
    });
  });
});

describe("signing errors", () => {
  it("validates before any request", async () => {
    const fresh = setup();
    const keyId = "5e1a7c2d-4b3f-4a6e-9d8c-0000000000ff";
    await expect(
      sign(fresh.client, { keyId, data: new Uint8Array(4097), signingAlgorithm: "ECDSA_SHA_256" }),
    ).rejects.toMatchObject({ field: "data" });
    await expect(
      sign(fresh.client, { keyId, data: "x", signingAlgorithm: "ecdsa-sha-256" }),
    ).rejects.toMatchObject({ field: "signingAlgorithm" });
    await expect(
      verify(fresh.client, {
        keyId,
        data: "x",
        signature: "not base64!",
        signingAlgorithm: "ECDSA_SHA_256",
      }),
    ).rejects.toMatchObject({ field: "signature" });
    await expect(
      verifyLocally(fresh.client, {
        data: "x",
        signature: "AAAA",
        signingAlgorithm: "ECDSA_SHA_256",
      }),
    ).rejects.toBeInstanceOf(InfisicalValidationError);
    await expect(
      verifyLocally(fresh.client, {
        keyId,
        data: "x",
        signature: "AAAA",
        signingAlgorithm: "ED25519" as SigningAlgorithm,
      }),
    ).rejects.toMatchObject({ field: "signingAlgorithm" });
    expect(fresh.emulator.count()).toBe(0);
  });

  it("a disabled key refuses signing and its public key; a symmetric key has none", async () => {
    const fresh = setup();
    const keyId = await createKey(fresh.client, {
      projectId: KMS_PROJECT_ID,
      name: "to-disable",
      keyUsage: "sign-verify",
      encryptionAlgorithm: "ECC_NIST_P256",
    }).then((k) => k.id);
    await updateKey(fresh.client, { keyId, isDisabled: true });
    const disabled = { status: 400, serverMessage: "Key is disabled" };
    await expect(getPublicKey(fresh.client, { keyId })).rejects.toMatchObject(disabled);
    await expect(
      sign(fresh.client, { keyId, data: "x", signingAlgorithm: "ECDSA_SHA_256" }),
    ).rejects.toMatchObject(disabled);
    await expect(listSigningAlgorithms(fresh.client, { keyId })).rejects.toMatchObject(disabled);

    const aes = await createKey(fresh.client, { projectId: KMS_PROJECT_ID, name: "aes" });
    await expect(getPublicKey(fresh.client, { keyId: aes.id })).rejects.toMatchObject({
      status: 400,
      serverMessage: "Unsupported key type, expected sign-verify but got encrypt-decrypt",
    });
  });
});
