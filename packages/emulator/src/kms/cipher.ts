import { internalError } from "../http/errors.js";
import { aesKey, type SymmetricMaterial } from "./material.js";

// Ciphertext layout of the server's KMS: AES-GCM output, then IV, tag, and a 3-byte "v01"
// version suffix (a real 9-byte plaintext gives 40 bytes, as in kms-encrypt.json).

const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const VERSION = new Uint8Array([0x76, 0x30, 0x31]); // "v01"

export async function sealBlob(
  material: SymmetricMaterial,
  plaintext: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_LENGTH));
  const sealed = new Uint8Array(
    await globalThis.crypto.subtle.encrypt(
      { name: "AES-GCM", iv },
      await aesKey(material),
      plaintext,
    ),
  );
  const body = sealed.length - TAG_LENGTH;
  const out = new Uint8Array(sealed.length + IV_LENGTH + VERSION.length);
  out.set(sealed.subarray(0, body));
  out.set(iv, body);
  out.set(sealed.subarray(body), body + IV_LENGTH);
  out.set(VERSION, out.length - VERSION.length);
  return out;
}

/** Any ciphertext that does not open under this key is a 500, as on the server. */
export async function openBlob(material: SymmetricMaterial, blob: Uint8Array): Promise<Uint8Array> {
  const overhead = IV_LENGTH + TAG_LENGTH + VERSION.length;
  if (blob.length < overhead) throw internalError();
  const body = blob.length - overhead;
  const iv = blob.slice(body, body + IV_LENGTH);
  const sealed = new Uint8Array(body + TAG_LENGTH);
  sealed.set(blob.subarray(0, body));
  sealed.set(blob.subarray(body + IV_LENGTH, body + IV_LENGTH + TAG_LENGTH), body);
  try {
    return new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        { name: "AES-GCM", iv },
        await aesKey(material),
        sealed,
      ),
    );
  } catch {
    throw internalError();
  }
}
