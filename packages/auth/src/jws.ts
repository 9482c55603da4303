// Compact JWS with RS256 on Web Crypto: all that signing a JWT with a service-account key needs.

import { bytesToBase64Url, utf8Encode } from "@infisical-edge/core/internal";
import { rsaSign } from "./rsa-private-key.js";

export async function signJwtRs256(
  key: CryptoKey,
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
): Promise<string> {
  const encode = (part: Record<string, unknown>) =>
    bytesToBase64Url(utf8Encode(JSON.stringify(part)));
  const signingInput = `${encode({ alg: "RS256", typ: "JWT", ...header })}.${encode(payload)}`;
  const signature = await rsaSign(key, utf8Encode(signingInput));
  return `${signingInput}.${bytesToBase64Url(signature)}`;
}
