// OCI login. The server replays the signed `GET /20160918/users/<userOcid>` to the tenancy's
// identity endpoint; the emulator plays OCI: it checks the RSA-SHA256 HTTP signature with the
// seeded user's public key, then the tenancy and allowed usernames as the server does.

import type { RequestContext } from "../../http/context.js";
import { badRequest } from "../../http/errors.js";
import type { Reply } from "../../http/respond.js";
import type { Route } from "../../http/router.js";
import { Checker } from "../../http/validate.js";
import { base64UrlDecode } from "./jwt-verify.js";
import { accessDenied, configuredIdentity, issueLogin } from "./login.js";

const HOST = /^identity\.([a-z]{2}-[a-z]+-[1-9])\.oraclecloud\.com$/;
/** OCI refuses requests whose date is more than 5 minutes off. */
const MAX_SKEW_MS = 5 * 60_000;

const ociRefused = (reason: string) =>
  accessDenied(`Access denied: OCI rejected the signed request (NotAuthenticated): ${reason}`);

/** `Signature version="1",keyId="...",...` → its parameters. */
function signatureParams(header: string): Map<string, string> {
  const params = new Map<string, string>();
  const body = header.replace(/^Signature\s+/, "");
  for (const match of body.matchAll(/([a-zA-Z]+)="([^"]*)"/g))
    params.set(match[1] as string, match[2] as string);
  return params;
}

async function ociLogin(ctx: RequestContext): Promise<Reply> {
  const checker = Checker.body(await ctx.json());
  const identityId = checker.string("identityId");
  const userOcid = checker.string("userOcid").trim();
  const headers = checker.object("headers");
  const authorization = headers?.string("authorization") ?? "";
  const host = headers?.string("host") ?? "";
  const date = headers?.optionalString("date") ?? headers?.optionalString("x-date");
  if (headers && !date) checker.custom("headers", "Either date or x-date must be provided");
  checker.optionalString("organizationSlug");
  checker.finish();
  const { identity, config } = configuredIdentity(ctx, identityId, "ociAuth");

  if (!HOST.test(host)) {
    throw badRequest("Invalid OCI host format. Expected format: identity.<region>.oraclecloud.com");
  }
  const params = signatureParams(authorization);
  const [tenancy, keyUser, fingerprint] = (params.get("keyId") ?? "").split("/");
  const user = config.users.find(
    (candidate) =>
      candidate.userOcid === keyUser &&
      candidate.fingerprint.toLowerCase() === fingerprint?.toLowerCase() &&
      (candidate.tenancyOcid ?? config.tenancyOcid) === tenancy,
  );
  if (!user || params.get("algorithm") !== "rsa-sha256") throw ociRefused("unknown key");
  const signedAt = Date.parse(date ?? "");
  if (Number.isNaN(signedAt) || Math.abs(ctx.rt.now() - signedAt) > MAX_SKEW_MS) {
    throw ociRefused("the date header is missing or too far from now");
  }
  const values: Record<string, string | undefined> = {
    "(request-target)": `get /20160918/users/${userOcid}`,
    host,
    date: headers?.raw("date") as string | undefined,
    "x-date": headers?.raw("x-date") as string | undefined,
  };
  const names = (params.get("headers") ?? "date").split(" ");
  if (names.some((name) => values[name] === undefined) || !names.includes("(request-target)")) {
    throw ociRefused("the signature does not cover the required headers");
  }
  const signingString = names.map((name) => `${name}: ${values[name]}`).join("\n");
  const key = await crypto.subtle.importKey(
    "jwk",
    { kty: user!.publicKeyJwk.kty, n: user!.publicKeyJwk.n, e: user!.publicKeyJwk.e },
    { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    false,
    ["verify"],
  );
  const signature = (params.get("signature") ?? "")
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
  const valid = await crypto.subtle.verify(
    "RSASSA-PKCS1-v1_5",
    key,
    base64UrlDecode(signature),
    new TextEncoder().encode(signingString),
  );
  if (!valid) throw ociRefused("the signature does not match");
  // OCI signs for the key's user; the replayed URL names the body's user.
  if (keyUser !== userOcid) throw ociRefused("the key does not belong to the requested user");

  if ((user!.tenancyOcid ?? config.tenancyOcid) !== config.tenancyOcid) {
    throw accessDenied("Access denied: OCI account isn't part of tenancy.");
  }
  if (config.allowedUsernames?.length && !config.allowedUsernames.includes(user!.name)) {
    throw accessDenied("Access denied: OCI account username not allowed.");
  }
  return issueLogin(ctx, identity);
}

export const ociLoginRoutes: Route[] = [
  { method: "POST", path: "/api/v1/auth/oci-auth/login", handler: ociLogin },
];
