import type { Runtime } from "../runtime.js";
import type { IdentityRecord } from "../state.js";
import { expiryFor, mintToken, startSession } from "./tokens.js";

// Token-auth tokens: minted for an identity without a login (tests, control endpoint, seed).

/** Options of `Emulator.issueToken`. */
export interface IssueOptions {
  /** Seconds; defaults to the identity's accessTokenTTL. 0 = never expires. */
  ttl?: number;
  /** Seconds; defaults to the identity's accessTokenMaxTTL. 0 = unlimited. */
  maxTtl?: number;
}

function identityOrThrow(rt: Runtime, identityId: string): IdentityRecord {
  const identity = rt.state.identities.get(identityId);
  if (!identity) throw new Error(`Unknown identity '${identityId}'`);
  return identity;
}

export function issueToken(rt: Runtime, identityId: string, options: IssueOptions = {}): string {
  const identity = identityOrThrow(rt, identityId);
  const session = startSession(
    rt,
    identity,
    options.ttl ?? identity.accessTokenTTL,
    options.maxTtl ?? identity.accessTokenMaxTTL,
  );
  return mintToken(rt, session).token;
}

/** Registers a literal token string chosen by the seed author. */
export function registerToken(
  rt: Runtime,
  token: string,
  identityId: string,
  options: IssueOptions = {},
): void {
  const identity = identityOrThrow(rt, identityId);
  const session = startSession(rt, identity, options.ttl ?? 0, options.maxTtl ?? 0);
  rt.state.tokens.set(token, {
    token,
    sessionId: session.id,
    expiresAt: expiryFor(rt.now(), session.ttl),
  });
}
