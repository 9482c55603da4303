// AWS IAM login. The server decodes the base64 fields, takes the region from the signed
// Authorization header and replays the request to sts.<region>.amazonaws.com; the emulator
// plays STS: it recomputes the signature with the seeded secret key and answers as the
// configured account and principal.

import type { RequestContext } from "../../http/context.js";
import { badRequest, internalError } from "../../http/errors.js";
import type { Reply } from "../../http/respond.js";
import type { Route } from "../../http/router.js";
import { Checker } from "../../http/validate.js";
import type { AwsAuthConfig } from "./config.js";
import { accessDenied, configuredIdentity, issueLogin, matchesPattern } from "./login.js";
import {
  expectedSignature,
  parseAmzDate,
  parseAuthorization,
  regionFromAuthorization,
} from "./sigv4-verify.js";

/** STS refuses requests signed more than 15 minutes away from its clock. */
const MAX_SKEW_MS = 15 * 60_000;

const stsRefused = (code: string, message: string) =>
  accessDenied(`Access denied: AWS STS rejected GetCallerIdentity (${code}): ${message}`);

function decodeBase64(text: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
  } catch {
    throw internalError(); // the server's Buffer/JSON.parse failure is unhandled: a 500
  }
}

function readHeaders(encoded: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeBase64(encoded));
  } catch {
    throw internalError();
  }
  const headers = new Map<string, string>();
  if (parsed && typeof parsed === "object") {
    for (const [name, value] of Object.entries(parsed)) {
      if (typeof value === "string") headers.set(name.toLowerCase(), value);
    }
  }
  return headers;
}

/** What STS would answer for these credentials, or the refusal it would send. */
async function callerOf(
  config: AwsAuthConfig,
  method: string,
  body: string,
  headers: Map<string, string>,
  region: string,
  now: number,
): Promise<{ account: string; arn: string }> {
  const auth = parseAuthorization(headers.get("authorization") ?? "");
  if (!auth) throw stsRefused("IncompleteSignature", "The Authorization header is malformed.");
  if (auth.accessKeyId !== config.accessKeyId) {
    throw stsRefused(
      "InvalidClientTokenId",
      "The security token included in the request is invalid.",
    );
  }
  if (auth.service !== "sts") {
    throw stsRefused(
      "SignatureDoesNotMatch",
      "Credential should be scoped to correct service: 'sts'.",
    );
  }
  const amzDate = headers.get("x-amz-date") ?? "";
  const signedAt = parseAmzDate(amzDate);
  if (Number.isNaN(signedAt) || !amzDate.startsWith(auth.date)) {
    throw stsRefused(
      "IncompleteSignature",
      "The X-Amz-Date header is missing or does not match the credential scope.",
    );
  }
  if (Math.abs(now - signedAt) > MAX_SKEW_MS) {
    throw stsRefused(
      "SignatureDoesNotMatch",
      "Signature expired: the request was signed more than 15 minutes from now.",
    );
  }
  if (
    config.sessionToken !== undefined &&
    headers.get("x-amz-security-token") !== config.sessionToken
  ) {
    throw stsRefused(
      "InvalidClientTokenId",
      "The security token included in the request is invalid.",
    );
  }
  const host = headers.get("host") ?? `sts.${region}.amazonaws.com`;
  const expected = await expectedSignature(
    { method, host, body, headers, amzDate },
    auth,
    config.secretAccessKey,
  );
  if (expected !== auth.signature || host !== `sts.${region}.amazonaws.com`) {
    throw stsRefused(
      "SignatureDoesNotMatch",
      "The request signature we calculated does not match the signature you provided.",
    );
  }
  if (!/(^|&)Action=GetCallerIdentity(&|$)/.test(body)) {
    throw stsRefused("InvalidAction", "Only GetCallerIdentity is answered here.");
  }
  const account = config.accountId ?? "123456789012";
  return { account, arn: config.arn ?? `arn:aws:iam::${account}:user/emulator` };
}

/** `arn:aws:sts::1:assumed-role/Role/session` → `arn:aws:iam::1:role/Role`, as the server compares. */
function principalArn(arn: string): string {
  const m = /^arn:([^:]+):sts::(\d+):assumed-role\/([^/]+)\/.+$/.exec(arn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : arn;
}

async function awsLogin(ctx: RequestContext): Promise<Reply> {
  const checker = Checker.body(await ctx.json());
  const identityId = checker.string("identityId");
  const method = checker.optionalString("iamHttpRequestMethod") ?? "POST";
  const encodedBody = checker.string("iamRequestBody");
  const encodedHeaders = checker.string("iamRequestHeaders");
  checker.optionalString("organizationSlug");
  checker.finish();
  const { identity, config } = configuredIdentity(ctx, identityId, "awsAuth");

  const headers = readHeaders(encodedHeaders);
  const body = decodeBase64(encodedBody);
  const region = regionFromAuthorization(headers.get("authorization") ?? "");
  if (!region || region.length > 20 || !/^[a-z0-9-]+$/.test(region)) {
    throw badRequest("Invalid AWS region");
  }
  const caller = await callerOf(config, method, body, headers, region, ctx.rt.now());

  if (config.allowedAccountIds?.length && !config.allowedAccountIds.includes(caller.account)) {
    throw accessDenied("Access denied: AWS account ID not allowed.");
  }
  if (config.allowedPrincipalArns?.length) {
    const formatted = principalArn(caller.arn);
    if (!config.allowedPrincipalArns.some((pattern) => matchesPattern(formatted, pattern))) {
      throw accessDenied(
        `Access denied: AWS principal ARN not allowed. [principal-arn=${formatted}]`,
      );
    }
  }
  return issueLogin(ctx, identity);
}

export const awsLoginRoutes: Route[] = [
  { method: "POST", path: "/api/v1/auth/aws-auth/login", handler: awsLogin },
];
