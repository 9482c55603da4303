// Option rules shared by every KMS function. Kept free of key-management and signing rules
// so that a bundle with only encrypt/decrypt carries nothing else.

import { isApiBase64, schemas, utf8Encode } from "@infisical-edge/core/internal";
import * as v from "valibot";

export const KMS_BASE = "/api/v1/kms/keys";

/** The server refuses plaintexts (and data to sign) above this many bytes. */
export const MAX_PLAINTEXT_BYTES = 4096;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// What the server accepts as base64: the standard alphabet, padding optional.
export { isApiBase64 } from "@infisical-edge/core/internal";

/** Bytes that a base64 text decodes to, without decoding it. */
export const decodedLength = (text: string): number =>
  Math.floor((text.replace(/=+$/, "").length * 3) / 4);

export const KeyId = v.pipe(v.string("a key id string"), v.regex(UUID, "a key id (a UUID)"));

export const Base64 = v.pipe(v.string("a base64 string"), v.check(isApiBase64, "a base64 string"));

/** Bytes, or a string taken as UTF-8; either way a Uint8Array after parsing. */
export const Payload = v.pipe(
  v.union([v.instance(Uint8Array), v.string()], "a Uint8Array or a string"),
  v.transform((value): Uint8Array => (typeof value === "string" ? utf8Encode(value) : value)),
);

export const BoundedPayload = v.pipe(
  Payload,
  v.check(
    (bytes) => bytes.length <= MAX_PLAINTEXT_BYTES,
    "a payload of at most 4096 bytes (encryptEnvelope takes any size)",
  ),
);

export const Signal = schemas.Signal;

/** `/api/v1/kms/keys/<id>` or `/api/v1/kms/keys/<id>/<action>`. */
export const keyUrl = (keyId: string, action?: string): string =>
  `${KMS_BASE}/${encodeURIComponent(keyId)}${action ? `/${action}` : ""}`;
