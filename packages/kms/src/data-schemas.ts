// Response schemas of encrypt and decrypt. Both carry base64, checked on arrival so that a
// malformed body is an InfisicalResponseError rather than an exception from atob.

import * as v from "valibot";
import { isApiBase64 } from "./options.js";

const Base64Text = v.pipe(v.string(), v.check(isApiBase64, "base64"));

export const EncryptResponse = v.looseObject({ ciphertext: Base64Text });
export const DecryptResponse = v.looseObject({ plaintext: Base64Text });
