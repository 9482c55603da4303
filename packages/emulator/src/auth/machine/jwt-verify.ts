// JWS verification on Web Crypto for the JWT-based logins, with the failure messages of the
// `jsonwebtoken` package the server uses ("jwt expired", "invalid signature"...), so the
// emulator's error bodies read like the server's.

import type { PublicJwk } from "./config.js";

export class JwtError extends Error {
  override name = "JwtError";
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: string;
  signature: Uint8Array;
}

interface Algorithm {
  importParams: RsaHashedImportParams | EcKeyImportParams;
  verifyParams: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
}

const ALGORITHMS: Record<string, Algorithm> = {
  RS256: rsa("SHA-256"),
  RS384: rsa("SHA-384"),
  RS512: rsa("SHA-512"),
  ES256: ec("P-256", "SHA-256"),
  ES384: ec("P-384", "SHA-384"),
};

function rsa(hash: string): Algorithm {
  return {
    importParams: { name: "RSASSA-PKCS1-v1_5", hash },
    verifyParams: { name: "RSASSA-PKCS1-v1_5" },
  };
}

function ec(namedCurve: string, hash: string): Algorithm {
  return { importParams: { name: "ECDSA", namedCurve }, verifyParams: { name: "ECDSA", hash } };
}

export function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function decodeJson(part: string): Record<string, unknown> {
  const value: unknown = JSON.parse(new TextDecoder().decode(base64UrlDecode(part)));
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("not an object");
  return value as Record<string, unknown>;
}

/** Decodes without verifying; undefined when the token is not a JWS (like jwt.decode). */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split(".");
  if (parts.length !== 3 || !/^[A-Za-z0-9_-]+$/.test(`${parts[0]}${parts[1]}`)) return undefined;
  try {
    return {
      header: decodeJson(parts[0] as string),
      payload: decodeJson(parts[1] as string),
      signingInput: `${parts[0]}.${parts[1]}`,
      signature: base64UrlDecode(parts[2] as string),
    };
  } catch {
    return undefined;
  }
}

export interface VerifyOptions {
  /** Candidate keys; a token naming a `kid` uses only keys with that kid. */
  keys: PublicJwk[];
  /** Epoch ms (the emulator's clock). */
  now: number;
  issuer?: string;
  /** Any one of these must be in `aud`. */
  audience?: string[];
}

async function verifyWith(jwk: PublicJwk, algorithm: Algorithm, decoded: DecodedJwt) {
  const { kid: _kid, alg: _alg, use: _use, key_ops: _ops, ...material } = jwk;
  const key = await crypto.subtle.importKey("jwk", material, algorithm.importParams, false, [
    "verify",
  ]);
  return crypto.subtle.verify(
    algorithm.verifyParams,
    key,
    decoded.signature as Uint8Array<ArrayBuffer>,
    new TextEncoder().encode(decoded.signingInput),
  );
}

/** Verifies signature, then exp/nbf, then issuer and audience; returns the claims. */
export async function verifyJwt(
  token: string,
  options: VerifyOptions,
): Promise<Record<string, unknown>> {
  const decoded = decodeJwt(token);
  if (!decoded) throw new JwtError("jwt malformed");
  const alg = String(decoded.header.alg ?? "");
  const algorithm = ALGORITHMS[alg];
  if (!algorithm) throw new JwtError("invalid algorithm");
  const kid = decoded.header.kid;
  const candidates = options.keys.filter((key) => kid === undefined || key.kid === kid);
  if (candidates.length === 0) throw new JwtError(`no signing key found for kid '${String(kid)}'`);
  let valid = false;
  for (const jwk of candidates) {
    try {
      valid = await verifyWith(jwk, algorithm, decoded);
    } catch {
      valid = false; // a key of another type cannot verify this token
    }
    if (valid) break;
  }
  if (!valid) throw new JwtError("invalid signature");

  const { payload } = decoded;
  const seconds = Math.floor(options.now / 1000);
  if (typeof payload.exp === "number" && seconds >= payload.exp) throw new JwtError("jwt expired");
  if (typeof payload.nbf === "number" && seconds < payload.nbf)
    throw new JwtError("jwt not active");
  if (options.issuer !== undefined && payload.iss !== options.issuer) {
    throw new JwtError(`jwt issuer invalid. expected: ${options.issuer}`);
  }
  if (options.audience && !audienceMatches(payload.aud, options.audience)) {
    throw new JwtError(`jwt audience invalid. expected: ${options.audience.join(" or ")}`);
  }
  return payload;
}

export function audienceMatches(aud: unknown, accepted: readonly string[]): boolean {
  const values = Array.isArray(aud) ? aud : [aud];
  return values.some((value) => typeof value === "string" && accepted.includes(value));
}
