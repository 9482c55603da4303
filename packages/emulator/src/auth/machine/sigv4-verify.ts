// Plays STS for the AWS IAM login: recomputes the SigV4 signature of the replayed
// GetCallerIdentity request from the secret key the seed gives, as STS would.

import { toHex, utf8 } from "../../encoding.js";

export interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `AWS4-HMAC-SHA256 Credential=AKID/date/region/service/aws4_request, SignedHeaders=..., Signature=...`. */
export function parseAuthorization(header: string): ParsedAuthorization | undefined {
  const match =
    /^AWS4-HMAC-SHA256\s+Credential=([^/\s]+)\/(\d{8})\/([^/\s]*)\/([^/\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/.exec(
      header.trim(),
    );
  if (!match) return undefined;
  return {
    accessKeyId: match[1] as string,
    date: match[2] as string,
    region: match[3] as string,
    service: match[4] as string,
    signedHeaders: (match[5] as string).split(";"),
    signature: match[6] as string,
  };
}

/** The region as the server reads it: the third `/` part of the Credential field. */
export function regionFromAuthorization(header: string): string | null {
  for (const field of header.split(" ")) {
    if (field.startsWith("Credential=")) return field.split("/")[2] ?? null;
  }
  return null;
}

async function hmacSha256(
  key: Uint8Array<ArrayBuffer>,
  data: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    key,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, utf8(data)));
}

const sha256Hex = async (data: string) =>
  toHex(new Uint8Array(await crypto.subtle.digest("SHA-256", utf8(data))));

export interface ReplayedRequest {
  method: string;
  host: string;
  body: string;
  /** Header name (lower case) → value. */
  headers: Map<string, string>;
  amzDate: string;
}

/** The expected signature of the replayed request for `secretAccessKey`. */
export async function expectedSignature(
  request: ReplayedRequest,
  auth: ParsedAuthorization,
  secretAccessKey: string,
): Promise<string> {
  const canonicalHeaders = auth.signedHeaders
    .map((name) => {
      const value = name === "host" ? request.host : (request.headers.get(name) ?? "");
      return `${name}:${value.trim().replace(/\s+/g, " ")}\n`;
    })
    .join("");
  const canonicalRequest = [
    request.method.toUpperCase(),
    "/",
    "",
    canonicalHeaders,
    auth.signedHeaders.join(";"),
    await sha256Hex(request.body),
  ].join("\n");
  const scope = `${auth.date}/${auth.region}/${auth.service}/aws4_request`;
  const stringToSign = [
    "AWS4-HMAC-SHA256",
    request.amzDate,
    scope,
    await sha256Hex(canonicalRequest),
  ].join("\n");
  let key = await hmacSha256(utf8(`AWS4${secretAccessKey}`), auth.date);
  for (const part of [auth.region, auth.service, "aws4_request"]) key = await hmacSha256(key, part);
  return toHex(await hmacSha256(key, stringToSign));
}

/** `20150830T123600Z` → epoch ms; NaN when malformed. */
export function parseAmzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return Number.NaN;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}
