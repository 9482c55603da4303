import type { RequestContext } from "../http/context.js";
import { tokenExpired, unauthorized } from "../http/errors.js";
import type { Reply } from "../http/respond.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import type { TokenSession } from "../state.js";
import { machineLoginRoutes } from "./machine/routes.js";
import { expiryFor, isExpired, lookupToken, mintToken, startSession } from "./tokens.js";

// Universal-auth login and token renew/revoke (no Authorization header: the token is in the body).

function loginResponse(token: string, session: TokenSession): Reply {
  return {
    body: {
      accessToken: token,
      expiresIn: session.ttl,
      accessTokenMaxTTL: session.maxTtl,
      tokenType: "Bearer",
    },
  };
}

async function login(ctx: RequestContext): Promise<Reply> {
  const body = Checker.body(await ctx.json());
  const clientId = body.string("clientId");
  const clientSecret = body.string("clientSecret");
  body.finish();
  const identity = [...ctx.rt.state.identities.values()].find(
    (candidate) => candidate.clientId !== undefined && candidate.clientId === clientId,
  );
  if (!identity || identity.clientSecret !== clientSecret) {
    throw unauthorized("Invalid credentials");
  }
  const session = startSession(
    ctx.rt,
    identity,
    identity.accessTokenTTL,
    identity.accessTokenMaxTTL,
  );
  return loginResponse(mintToken(ctx.rt, session).token, session);
}

async function readAccessToken(ctx: RequestContext): Promise<string> {
  const body = Checker.body(await ctx.json());
  const accessToken = body.string("accessToken");
  body.finish();
  return accessToken;
}

async function renew(ctx: RequestContext): Promise<Reply> {
  const { rt } = ctx;
  const { issued, session } = lookupToken(rt, await readAccessToken(ctx));
  if (session.revoked) throw unauthorized("Cannot renew: token has been revoked");
  if (isExpired(rt, issued)) {
    throw unauthorized("Failed to renew MI access token due to TTL expiration");
  }
  if (session.maxTtl > 0 && rt.now() >= session.createdAt + session.maxTtl * 1000) {
    throw unauthorized("Failed to renew MI access token as it is past its Max TTL expiration");
  }
  if (rt.renewReturnsNewToken) {
    // The old string keeps its own expiry; the session (revocation, max TTL) is shared.
    return loginResponse(mintToken(rt, session).token, session);
  }
  issued.expiresAt = expiryFor(rt.now(), session.ttl);
  return loginResponse(issued.token, session);
}

async function revoke(ctx: RequestContext): Promise<Reply> {
  const { issued, session } = lookupToken(ctx.rt, await readAccessToken(ctx));
  if (isExpired(ctx.rt, issued)) throw tokenExpired();
  session.revoked = true;
  return { body: { message: "Successfully revoked access token" } };
}

export const authRoutes: Route[] = [
  { method: "POST", path: "/api/v1/auth/universal-auth/login", handler: login },
  { method: "POST", path: "/api/v1/auth/token/renew", handler: renew },
  { method: "POST", path: "/api/v1/auth/token/revoke", handler: revoke },
  ...machineLoginRoutes,
];
