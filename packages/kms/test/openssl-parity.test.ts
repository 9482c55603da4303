// verifyLocally and the emulator follow the server's conventions, checked against OpenSSL
// (node:crypto), an implementation independent of Web Crypto: RSA-PSS salt as long as the
// digest, ECDSA signatures in DER.

import {
  constants,
  createPublicKey,
  generateKeyPairSync,
  sign as nodeSign,
  verify as nodeVerify,
} from "node:crypto";
import { createClient } from "@infisical-edge/core";
import { base64ToBytes } from "@infisical-edge/core/internal";
import { beforeAll, describe, expect, it } from "vitest";
import { createKey, getPublicKey, type SigningAlgorithm, sign, verifyLocally } from "../src/index";
import { KMS_PROJECT_ID, setup } from "./setup";

const offline = createClient({ fetch: () => Promise.reject(new Error("no network")) });
const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
const spki = (key: typeof rsa.publicKey) =>
  (key.export({ type: "spki", format: "der" }) as Buffer).toString("base64");

function opensslOptions(algorithm: SigningAlgorithm) {
  const bits = Number(algorithm.slice(-3));
  const hash = `sha${bits}`;
  if (algorithm.startsWith("RSASSA_PSS")) {
    return { hash, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: bits / 8 };
  }
  return { hash };
}

const RSA: SigningAlgorithm[] = [
  "RSASSA_PSS_SHA_256",
  "RSASSA_PSS_SHA_384",
  "RSASSA_PSS_SHA_512",
  "RSASSA_PKCS1_V1_5_SHA_256",
  "RSASSA_PKCS1_V1_5_SHA_384",
  "RSASSA_PKCS1_V1_5_SHA_512",
];
const ECDSA: SigningAlgorithm[] = ["ECDSA_SHA_256", "ECDSA_SHA_384", "ECDSA_SHA_512"];
const data = Buffer.from("signed by OpenSSL");

describe("OpenSSL signatures verify locally", () => {
  it.each(RSA)("%s", async (algorithm) => {
    const { hash, ...padding } = opensslOptions(algorithm);
    const signature = nodeSign(hash, data, { key: rsa.privateKey, ...padding });
    const options = {
      publicKey: spki(rsa.publicKey),
      signature: new Uint8Array(signature),
      signingAlgorithm: algorithm,
    };
    expect(await verifyLocally(offline, { ...options, data: new Uint8Array(data) })).toBe(true);
    expect(await verifyLocally(offline, { ...options, data: "something else" })).toBe(false);
  });

  it.each(ECDSA)("%s (DER)", async (algorithm) => {
    const signature = nodeSign(opensslOptions(algorithm).hash, data, ec.privateKey);
    const options = {
      publicKey: spki(ec.publicKey),
      signature: new Uint8Array(signature),
      signingAlgorithm: algorithm,
    };
    expect(await verifyLocally(offline, { ...options, data: new Uint8Array(data) })).toBe(true);
    expect(await verifyLocally(offline, { ...options, data: "something else" })).toBe(false);
  });

  it("a P-384 key too", async () => {
    const p384 = generateKeyPairSync("ec", { namedCurve: "P-384" });
    const signature = nodeSign("sha384", data, p384.privateKey);
    expect(
      await verifyLocally(offline, {
        publicKey: spki(p384.publicKey),
        data: new Uint8Array(data),
        signature: new Uint8Array(signature),
        signingAlgorithm: "ECDSA_SHA_384",
      }),
    ).toBe(true);
  });
});

describe("the emulator's signatures verify with OpenSSL", () => {
  const { client } = setup();
  const keys = { rsa: "", ecc: "" };
  beforeAll(async () => {
    const make = (name: string, encryptionAlgorithm: string) =>
      createKey(client, {
        projectId: KMS_PROJECT_ID,
        name,
        keyUsage: "sign-verify",
        encryptionAlgorithm,
      }).then((k) => k.id);
    [keys.rsa, keys.ecc] = await Promise.all([
      make("rsa", "RSA_4096"),
      make("ecc", "ECC_NIST_P256"),
    ]);
  });

  it.each([...RSA.map((a) => ["rsa", a] as const), ...ECDSA.map((a) => ["ecc", a] as const)])(
    "%s %s",
    async (kind, algorithm) => {
      const keyId = keys[kind];
      const { signature } = await sign(client, {
        keyId,
        data: new Uint8Array(data),
        signingAlgorithm: algorithm,
      });
      const publicKey = createPublicKey({
        key: Buffer.from(base64ToBytes(await getPublicKey(client, { keyId }))),
        format: "der",
        type: "spki",
      });
      const { hash, ...padding } = opensslOptions(algorithm);
      const key = { key: publicKey, ...padding };
      expect(nodeVerify(hash, data, key, Buffer.from(base64ToBytes(signature)))).toBe(true);
      expect(
        nodeVerify(hash, Buffer.from("tampered"), key, Buffer.from(base64ToBytes(signature))),
      ).toBe(false);
    },
  );
});
