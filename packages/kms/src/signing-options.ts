// Option rules of the signing functions.

import { base64ToBytes } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { Base64, MAX_PLAINTEXT_BYTES, Payload } from "./options.js";

/** Any algorithm name the server may know (newer servers add some); verifyLocally is stricter. */
export const AlgorithmName = v.pipe(
  v.string("a signing algorithm name string"),
  v.regex(/^[A-Z0-9_]{1,64}$/, "a signing algorithm such as ECDSA_SHA_256 or RSASSA_PSS_SHA_256"),
);

/** Data to sign or verify: at most 4096 bytes, the server's limit. */
export const SignedData = v.pipe(
  Payload,
  v.check((bytes) => bytes.length <= MAX_PLAINTEXT_BYTES, "data of at most 4096 bytes"),
);

/** A signature as base64 text or raw bytes; bytes after parsing. */
export const SignatureInput = v.union(
  [
    v.instance(Uint8Array),
    v.pipe(
      Base64,
      v.transform((text): Uint8Array => base64ToBytes(text)),
    ),
  ],
  "a base64 string or a Uint8Array",
);
