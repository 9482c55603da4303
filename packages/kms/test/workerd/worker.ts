// A Worker that exercises the kms package inside workerd against an emulator on loopback,
// and answers one result per case.

import { universalAuth } from "@infisical-edge/auth";
import {
  createClient,
  InfisicalApiError,
  type InfisicalClient,
  InfisicalValidationError,
} from "@infisical-edge/core";
import { base64ToBytes, bytesToBase64 } from "@infisical-edge/core/internal";
import {
  createKey,
  decrypt,
  decryptEnvelope,
  decryptText,
  encrypt,
  encryptEnvelope,
  type SigningAlgorithm,
  sign,
  verify,
  verifyLocally,
} from "@infisical-edge/kms";
import { CLIENT_ID, CLIENT_SECRET, KMS_PROJECT_ID } from "./seed";

interface Result {
  name: string;
  ok: boolean;
  error?: string;
}

const same = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);

async function run(url: string): Promise<Result[]> {
  let sent = 0;
  const client: InfisicalClient = createClient({
    siteUrl: url,
    fetch: (input, init) => {
      sent++;
      return fetch(input, init);
    },
    auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
  });
  const results: Result[] = [];
  const test = async (name: string, body: () => Promise<boolean>) => {
    try {
      results.push({ name, ok: await body() });
    } catch (error) {
      results.push({ name, ok: false, error: String(error) });
    }
  };

  await test("4097 bytes are refused before any request", async () => {
    const error = await encrypt(client, {
      keyId: "5e1a7c2d-4b3f-4a6e-9d8c-0000000000ff",
      plaintext: bytes(4097),
    }).catch((e) => e);
    return error instanceof InfisicalValidationError && error.field === "plaintext" && sent === 0;
  });

  const { id: keyId } = await createKey(client, { projectId: KMS_PROJECT_ID, name: "worker-aes" });
  const roundTrip = async (payload: Uint8Array) =>
    same(
      await decrypt(client, {
        keyId,
        ciphertext: await encrypt(client, { keyId, plaintext: payload }),
      }),
      payload,
    );
  await test("round trip: empty", () => roundTrip(new Uint8Array(0)));
  await test("round trip: 1 byte", () => roundTrip(new Uint8Array([0])));
  await test("round trip: 4096 bytes", () => roundTrip(bytes(4096)));
  await test("round trip: non-ASCII UTF-8", async () => {
    const text = "Grüße, 世界 🌍 — ñ";
    const ciphertext = await encrypt(client, { keyId, plaintext: text });
    return (await decryptText(client, { keyId, ciphertext })) === text;
  });
  await test("a one-byte change to a ciphertext is an InfisicalApiError", async () => {
    const sealed = base64ToBytes(await encrypt(client, { keyId, plaintext: "x" }));
    sealed[0] = (sealed[0] ?? 0) ^ 1;
    const error = await decrypt(client, { keyId, ciphertext: bytesToBase64(sealed) }).catch(
      (e) => e,
    );
    return error instanceof InfisicalApiError && error.status === 500;
  });
  await test("envelope round trips: 0 B and 1 MiB", async () => {
    for (const size of [0, 1024 * 1024]) {
      const payload = bytes(size);
      const envelope = await encryptEnvelope(client, { keyId, plaintext: payload });
      if (!same(await decryptEnvelope(client, { envelope }), payload)) return false;
    }
    return true;
  });

  const signer = async (name: string, encryptionAlgorithm: string) =>
    (
      await createKey(client, {
        projectId: KMS_PROJECT_ID,
        name,
        keyUsage: "sign-verify",
        encryptionAlgorithm,
      })
    ).id;
  const [ecc, rsa] = await Promise.all([
    signer("worker-ecc", "ECC_NIST_P256"),
    signer("worker-rsa", "RSA_4096"),
  ]);
  const cases: [string, SigningAlgorithm][] = [
    [ecc, "ECDSA_SHA_256"],
    [ecc, "ECDSA_SHA_512"],
    [rsa, "RSASSA_PSS_SHA_256"],
    [rsa, "RSASSA_PKCS1_V1_5_SHA_384"],
  ];
  for (const [id, signingAlgorithm] of cases) {
    await test(`verifyLocally agrees with verify: ${signingAlgorithm}`, async () => {
      const { signature } = await sign(client, { keyId: id, data: "edge", signingAlgorithm });
      for (const data of ["edge", "edgy"]) {
        const options = { keyId: id, data, signature, signingAlgorithm };
        const server = (await verify(client, options)).signatureValid;
        if (server !== (data === "edge") || (await verifyLocally(client, options)) !== server) {
          return false;
        }
      }
      return true;
    });
  }
  return results;
}

export default {
  async fetch(_request: Request, env: { EMULATOR_URL: string }): Promise<Response> {
    return Response.json(await run(env.EMULATOR_URL));
  },
};
