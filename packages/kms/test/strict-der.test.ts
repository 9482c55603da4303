// verifyLocally accepts an ECDSA signature only in strict, minimal DER, as OpenSSL does (and
// so the server): every re-encoding below carries the same r and s as a valid signature, and
// node:crypto (OpenSSL) is the oracle that refuses it.

import { generateKeyPairSync, sign as nodeSign, verify as nodeVerify } from "node:crypto";
import { createClient } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import { type SigningAlgorithm, verifyLocally } from "../src/index";

const offline = createClient({ fetch: () => Promise.reject(new Error("no network")) });
const data = Buffer.from("strict DER only");

const curves = [
  { curve: "P-256", hash: "sha256", algorithm: "ECDSA_SHA_256" },
  { curve: "P-384", hash: "sha384", algorithm: "ECDSA_SHA_384" },
  { curve: "P-521", hash: "sha512", algorithm: "ECDSA_SHA_512" },
] as const;

const length = (n: number) => (n < 0x80 ? [n] : [0x81, n]);
const integer = (bytes: number[]) => [0x02, ...length(bytes.length), ...bytes];
const sequence = (content: number[]) => [0x30, ...length(content.length), ...content];

/** r and s (their minimal DER contents) from a DER signature OpenSSL made. */
function parts(der: Buffer): [number[], number[]] {
  let offset = der[1] === 0x81 ? 3 : 2;
  const read = () => {
    const n = der[offset + 1] as number;
    const bytes = [...der.subarray(offset + 2, offset + 2 + n)];
    offset += 2 + n;
    return bytes;
  };
  return [read(), read()];
}

/** A signature whose r has its high bit set (DER pads it with 0x00), to build a negative r. */
function signWithHighR(hash: string, key: ReturnType<typeof generateKeyPairSync>["privateKey"]) {
  for (;;) {
    const der = nodeSign(hash, data, key);
    const [r] = parts(der);
    if (r[0] === 0 && r.length > 1) return der;
  }
}

function variants(der: Buffer): Record<string, number[]> {
  const [r, s] = parts(der);
  const seq = (content: number[]) => sequence(content);
  return {
    "extra leading zero in r": seq([...integer([0, ...r]), ...integer(s)]),
    "extra leading zero in s": seq([...integer(r), ...integer([0, ...s])]),
    "long-form length for r": seq([0x02, 0x81, r.length, ...r, ...integer(s)]),
    "long-form sequence length": (() => {
      const content = [...integer(r), ...integer(s)];
      return content.length < 0x80
        ? [0x30, 0x81, content.length, ...content]
        : [0x30, 0x82, 0x00, content.length, ...content];
    })(),
    "negative r": seq([...integer(r.slice(1)), ...integer(s)]),
    "trailing byte": [...der, 0x00],
    "empty integer": seq([0x02, 0x00, ...integer(s)]),
  };
}

describe("verifyLocally agrees with OpenSSL on non-canonical DER", () => {
  for (const { curve, hash, algorithm } of curves) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: curve });
    const spki = (publicKey.export({ type: "spki", format: "der" }) as Buffer).toString("base64");
    const der = signWithHighR(hash, privateKey);
    const local = (signature: Uint8Array) =>
      verifyLocally(offline, {
        publicKey: spki,
        data: new Uint8Array(data),
        signature,
        signingAlgorithm: algorithm as SigningAlgorithm,
      });

    it(`${curve}: the canonical signature verifies for both`, async () => {
      expect(nodeVerify(hash, data, publicKey, der)).toBe(true);
      expect(await local(new Uint8Array(der))).toBe(true);
    });

    for (const [name, bytes] of Object.entries(variants(der))) {
      it(`${curve}: ${name} is refused by both`, async () => {
        const signature = Buffer.from(bytes);
        expect(signature.equals(der)).toBe(false);
        expect(nodeVerify(hash, data, publicKey, signature)).toBe(false);
        expect(await local(new Uint8Array(signature))).toBe(false);
      });
    }
  }
});
