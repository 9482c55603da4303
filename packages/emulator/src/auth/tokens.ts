import { toBase64Url, utf8 } from "../encoding.js";
import { tokenMalformed } from "../http/errors.js";
import { signatureText } from "../ids.js";
import type { Runtime } from "../runtime.js";
import type { IdentityRecord, IssuedToken, TokenSession } from "../state.js";

// Access tokens are JWT-shaped (header.payload.signature) so clients that peek at them see
// the usual structure, but the emulator never verifies them cryptographically: a token is
// valid only because it is in `state.tokens`.

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const HEADER = toBase64Url(utf8(JSON.stringify({ alg: "HS256", typ: "JWT" })));

export interface TokenLookup {
  issued: IssuedToken;
  session: TokenSession;
  identity: IdentityRecord;
}

export function isJwtShaped(token: string): boolean {
  return JWT_SHAPE.test(token);
}

export function expiryFor(issuedAt: number, ttlSeconds: number): number | null {
  return ttlSeconds > 0 ? issuedAt + ttlSeconds * 1000 : null;
}

/** Signs (in appearance) and registers a new token string for a session. */
export function mintToken(rt: Runtime, session: TokenSession): IssuedToken {
  const issuedAt = rt.now();
  const expiresAt = expiryFor(issuedAt, session.ttl);
  const claims: Record<string, unknown> = {
    identityId: session.identityId,
    identityAccessTokenId: session.id,
    authTokenType: "identityAccessToken",
    iat: Math.floor(issuedAt / 1000),
  };
  if (expiresAt !== null) claims.exp = Math.floor(expiresAt / 1000);
  const payload = toBase64Url(utf8(JSON.stringify(claims)));
  const issued: IssuedToken = {
    token: `${HEADER}.${payload}.${signatureText(rt.ids)}`,
    sessionId: session.id,
    expiresAt,
  };
  rt.state.tokens.set(issued.token, issued);
  return issued;
}

/** Opens a new token session (a login or a minted token-auth token). */
export function startSession(
  rt: Runtime,
  identity: IdentityRecord,
  ttl: number,
  maxTtl: number,
): TokenSession {
  const session: TokenSession = {
    id: rt.ids.uuid(),
    identityId: identity.id,
    ttl,
    maxTtl,
    createdAt: rt.now(),
    revoked: false,
  };
  rt.state.sessions.set(session.id, session);
  return session;
}

/** Finds a token's records; anything unknown is "malformed" (403), as for a bad JWT. */
export function lookupToken(rt: Runtime, token: string): TokenLookup {
  const issued = rt.state.tokens.get(token);
  const session = issued && rt.state.sessions.get(issued.sessionId);
  const identity = session && rt.state.identities.get(session.identityId);
  if (!issued || !session || !identity) throw tokenMalformed();
  return { issued, session, identity };
}

export function isExpired(rt: Runtime, issued: IssuedToken): boolean {
  return issued.expiresAt !== null && rt.now() >= issued.expiresAt;
}
