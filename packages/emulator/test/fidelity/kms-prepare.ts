import type { Emulator } from "../../src";
import type { KeyMaterial } from "../../src/kms/material";
import { kmsKeys } from "../../src/kms/store";
import { call } from "../helpers";
import { replayHistory } from "./history";
import type { Recording } from "./recordings";
import { KMS_PROJECT } from "./world";

// KMS keys as the recorded steps left them, under the recorded ids (later changes replayed). Ciphertexts and signatures
// in requests were made with the real server's keys, so they are re-made with the emulator's.
// Key material is shared across cases: RSA-4096 generation takes seconds, so it happens once.

type KeyName = "aes" | "ecc" | "rsa";

const KEYS: Record<KeyName, { id: string; body: Record<string, string> }> = {
  aes: {
    id: "75a4b3b9-b407-47c7-b6ed-26eb04a5bb9e",
    body: { name: "fixture-key", description: "aes key", encryptionAlgorithm: "aes-256-gcm" },
  },
  ecc: {
    id: "a94cee47-8e3a-49a9-87c5-0fa2b898b043",
    body: {
      name: "fixture-sign-key",
      keyUsage: "sign-verify",
      encryptionAlgorithm: "ECC_NIST_P256",
    },
  },
  rsa: {
    id: "a06b0d7c-8362-424b-8d98-f3e440e2e152",
    body: { name: "fixture-rsa-key", keyUsage: "sign-verify", encryptionAlgorithm: "RSA_4096" },
  },
};

interface KmsPreparation {
  keys?: KeyName[];
  /** Recorded exchanges that came before (renaming and disabling the AES key), replayed. */
  after?: string[];
  /** Replace the recorded ciphertext / signature with one the emulator made. */
  remake?: "ciphertext" | "signature";
}

const DEFAULT_KEYS: KeyName[] = ["aes", "ecc"];
const DISABLED = { after: ["kms-update-key.json", "kms-update-key-disable.json"] };
export const KMS_PREPARATIONS: Record<string, KmsPreparation> = {
  "kms-create-key.json": { keys: ["ecc"] },
  "kms-create-key-sign.json": { keys: ["aes"] },
  "kms-delete-key-missing.json": { keys: ["ecc"] },
  "kms-encrypt-disabled.json": DISABLED,
  "kms-public-key-on-disabled-key.json": DISABLED,
  "kms-update-key-disable.json": { after: ["kms-update-key.json"] },
  "kms-delete-key.json": DISABLED,
  // Listed while the project held only the AES key (totalCount 1).
  "kms-list-keys.json": { keys: ["aes"] },
  "kms-list-keys-paged.json": { keys: ["aes"] },
  "kms-decrypt.json": { remake: "ciphertext" },
  "kms-verify.json": { remake: "signature" },
  "kms-verify-bad-signature.json": { remake: "signature" },
  "kms-sign-rsa-pss.json": { keys: ["aes", "ecc", "rsa"] },
  "kms-signing-algorithms-rsa.json": { keys: ["aes", "ecc", "rsa"] },
};

export const SIGNED_DATA = "bWVzc2FnZSB0byBzaWdu"; // "message to sign"
const PLAINTEXT = "aGVsbG8ga21z"; // "hello kms"

const materials = new Map<KeyName, KeyMaterial>();

/** Creates the keys and returns the request body to replay. */
export async function prepareKms(
  emulator: Emulator,
  token: string,
  recording: Recording,
): Promise<unknown> {
  const prep = KMS_PREPARATIONS[recording.file] ?? {};
  const keys = kmsKeys(emulator.state);
  for (const name of prep.keys ?? DEFAULT_KEYS) {
    const created = await call(emulator, "POST", "/api/v1/kms/keys", {
      token,
      body: { projectId: KMS_PROJECT, ...KEYS[name].body },
    });
    const record = keys.get(created.body?.key?.id);
    if (!record) throw new Error(`setup: key ${name} not created (${created.status})`);
    keys.delete(record.id);
    record.id = KEYS[name].id;
    const shared = materials.get(name);
    if (shared) record.material = shared;
    else materials.set(name, record.material);
    keys.set(record.id, record);
  }
  await replayHistory(emulator, token, prep.after);

  const body = recording.request.body as Record<string, unknown> | null;
  if (prep.remake === "ciphertext") {
    const path = `/api/v1/kms/keys/${KEYS.aes.id}/encrypt`;
    const sealed = await call(emulator, "POST", path, { token, body: { plaintext: PLAINTEXT } });
    return { ...body, ciphertext: sealed.body.ciphertext };
  }
  if (prep.remake === "signature") {
    const path = `/api/v1/kms/keys/${KEYS.ecc.id}/sign`;
    const signed = await call(emulator, "POST", path, {
      token,
      body: { signingAlgorithm: "ECDSA_SHA_256", data: SIGNED_DATA },
    });
    return { ...body, signature: signed.body.signature };
  }
  return body;
}
