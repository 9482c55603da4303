// Response schemas of encrypt and decrypt. Both carry base64, checked on arrival so that a
// malformed body is an InfisicalResponseError rather than an exception from atob.

import * as v from "valibot";
import { isApiBase64 } from "./options.js";

const Base64Text = v.pipe(v.string(), v.check(isApiBase64, "base64"));

/** Validates the server's answer to encrypting: `{ ciphertext }`. */
export const EncryptResponse = v.looseObject({
  /** The ciphertext, base64. */
  ciphertext: Base64Text,
});
/** Validates the server's answer to decrypting: `{ plaintext }`. */
export const DecryptResponse = v.looseObject({
  /** The plaintext, base64. */
  plaintext: Base64Text,
});
