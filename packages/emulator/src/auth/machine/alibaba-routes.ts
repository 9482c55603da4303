// Alibaba Cloud login. The server copies every field but identityId into an STS query and
// sends it to Alibaba Cloud; the emulator plays STS: it recomputes the HMAC-SHA1 signature
// (RPC signature 1.0) with the seeded AccessKey secret and refuses stale or replayed requests.

import { toBase64, utf8 } from "../../encoding.js";
import type { RequestContext } from "../../http/context.js";
import type { Reply } from "../../http/respond.js";
import type { Route } from "../../http/router.js";
import { Checker } from "../../http/validate.js";
import type { Runtime } from "../../runtime.js";
import { accessDenied, configuredIdentity, issueLogin } from "./login.js";

const MAX_SKEW_MS = 15 * 60_000;
const usedNonces = new WeakMap<Runtime, Set<string>>();

const stsRefused = (code: string) =>
  accessDenied(`Access denied: Alibaba Cloud rejected the signed request (${code})`);

const percentEncode = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

async function sign(params: Record<string, string>, secret: string): Promise<string> {
  const canonical = Object.keys(params)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key] as string)}`)
    .join("&");
  const stringToSign = `GET&%2F&${percentEncode(canonical)}`;
  const key = await crypto.subtle.importKey(
    "raw",
    utf8(`${secret}&`),
    { name: "HMAC", hash: "SHA-1" },
    false,
    ["sign"],
  );
  return toBase64(new Uint8Array(await crypto.subtle.sign("HMAC", key, utf8(stringToSign))));
}

// The route's zod schema, field by field.
const RULES: [field: string, test: RegExp, message: string][] = [
  ["Action", /^GetCallerIdentity$/, "Invalid enum value. Expected 'GetCallerIdentity'"],
  ["Format", /^JSON$/, "Invalid enum value. Expected 'JSON'"],
  ["Version", /^\d{4}-\d{2}-\d{2}$/, "Version must be in YYYY-MM-DD format"],
  ["AccessKeyId", /^[A-Za-z0-9]+$/, "AccessKeyId must be alphanumeric"],
  ["SignatureMethod", /^HMAC-SHA1$/, "Invalid enum value. Expected 'HMAC-SHA1'"],
  [
    "Timestamp",
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/,
    "Timestamp must be in YYYY-MM-DDTHH:mm:ssZ format",
  ],
  ["SignatureVersion", /^1\.0$/, "Invalid enum value. Expected '1.0'"],
  [
    "SignatureNonce",
    /^[a-zA-Z0-9-_.]+$/,
    "SignatureNonce must be at least 1 character long and contain only URL-safe characters (alphanumeric, -, _, .)",
  ],
  ["Signature", /^[A-Za-z0-9+/=]+$/, "Signature must be base64 characters"],
];

async function alibabaLogin(ctx: RequestContext): Promise<Reply> {
  const body = await ctx.json();
  const checker = Checker.body(body);
  const identityId = checker.string("identityId");
  const fields: Record<string, string> = {};
  for (const [field, test, message] of RULES) {
    const value = checker.string(field);
    if (checker.has(field) && typeof value === "string" && !test.test(value))
      checker.custom(field, message);
    fields[field] = value;
  }
  checker.finish();
  const { identity, config } = configuredIdentity(ctx, identityId, "alibabaCloudAuth");

  // Everything but identityId goes to STS, and STS signs over all of it but Signature.
  const { identityId: _id, Signature: signature, ...signed } = body as Record<string, unknown>;
  const params = Object.fromEntries(Object.entries(signed).map(([k, v]) => [k, String(v)]));
  if (fields.AccessKeyId !== config.accessKeyId) throw stsRefused("InvalidAccessKeyId.NotFound");
  if (Math.abs(ctx.rt.now() - Date.parse(fields.Timestamp as string)) > MAX_SKEW_MS) {
    throw stsRefused("InvalidTimeStamp.Expired");
  }
  if ((await sign(params, config.accessKeySecret)) !== signature) {
    throw stsRefused("SignatureDoesNotMatch");
  }
  const nonces = usedNonces.get(ctx.rt) ?? new Set<string>();
  usedNonces.set(ctx.rt, nonces);
  if (nonces.has(fields.SignatureNonce as string)) throw stsRefused("SignatureNonceUsed");
  nonces.add(fields.SignatureNonce as string);

  const arn = config.arn ?? "acs:ram::1234567890123456:user/emulator";
  if (config.allowedArns?.length && !config.allowedArns.includes(arn)) {
    throw accessDenied("Access denied: Alibaba Cloud account ARN not allowed.");
  }
  return issueLogin(ctx, identity);
}

export const alibabaLoginRoutes: Route[] = [
  { method: "POST", path: "/api/v1/auth/alicloud-auth/login", handler: alibabaLogin },
];
