import type { RequestContext } from "../http/context.js";
import { tokenExpired, unauthorized } from "../http/errors.js";
import type { Reply } from "../http/respond.js";
import type { Handler } from "../http/router.js";
import type { IdentityRecord } from "../state.js";
import { isExpired, lookupToken } from "./tokens.js";

// Bearer-token check for every non-login route, in the server's order: missing (401),
// unknown/malformed (403), expired (403 TokenError), then revoked (401).

export function authenticate(ctx: RequestContext): IdentityRecord {
  const header = ctx.request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  const token = match?.[1]?.trim();
  if (!token) throw unauthorized("Token missing");
  const { issued, session, identity } = lookupToken(ctx.rt, token);
  if (isExpired(ctx.rt, issued)) throw tokenExpired();
  if (session.revoked) throw unauthorized("Failed to authorize: token has been revoked");
  return identity;
}

/** Wraps a handler that needs the calling identity. */
export function withIdentity(
  handler: (ctx: RequestContext, identity: IdentityRecord) => Promise<Reply> | Reply,
): Handler {
  return (ctx) => handler(ctx, authenticate(ctx));
}
