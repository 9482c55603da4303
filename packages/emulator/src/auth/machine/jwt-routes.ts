// Logins that present a JWT: OIDC, JWT, Kubernetes, GCP, Azure and SPIFFE. Each checks what
// the real server checks that can be checked locally (the signature against keys the test
// owns, expiry, issuer, audience, subject), with the server's messages and statuses.

import type { RequestContext } from "../../http/context.js";
import { ApiError } from "../../http/errors.js";
import type { Reply } from "../../http/respond.js";
import type { Route } from "../../http/router.js";
import { audienceMatches, decodeJwt, JwtError, verifyJwt } from "./jwt-verify.js";
import {
  accessDenied,
  configuredIdentity,
  forbiddenRequest,
  issueLogin,
  matchesPattern,
  readLoginBody,
} from "./login.js";

/** The server's error handler turns jsonwebtoken errors into 403 TokenError. */
function tokenError(error: JwtError): ApiError {
  const messages: Record<string, string> = {
    "jwt expired": "Your token has expired. Please re-authenticate.",
    "jwt malformed":
      "The provided access token is malformed. Please use a valid token or generate a new one and try again.",
    "invalid algorithm":
      "The access token is signed with an invalid algorithm. Please provide a valid token and try again.",
  };
  return new ApiError(403, "TokenError", messages[error.message] ?? error.message);
}

/** Runs a verification; jsonwebtoken errors become what `onJwtError` makes of them. */
async function verified<T>(
  run: () => Promise<T>,
  onJwtError: (error: JwtError) => ApiError,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof JwtError) throw onJwtError(error);
    throw error;
  }
}

const denied = (error: JwtError) => accessDenied(`Access denied: ${error.message}`);

async function oidcLogin(ctx: RequestContext): Promise<Reply> {
  const body = await readLoginBody(ctx, ["jwt"]);
  const { identity, config } = configuredIdentity(ctx, body.identityId, "oidcAuth");
  if (!decodeJwt(body.jwt)) throw accessDenied("Invalid JWT");
  const claims = await verified(
    () => verifyJwt(body.jwt, { keys: config.jwks, now: ctx.rt.now(), issuer: config.boundIssuer }),
    denied,
  );
  if (config.boundSubject && !matchesPattern(String(claims.sub ?? ""), config.boundSubject)) {
    throw forbiddenRequest("Access denied: OIDC subject not allowed.");
  }
  if (config.boundAudiences?.length && !audienceMatches(claims.aud, config.boundAudiences)) {
    throw accessDenied("Access denied: OIDC audience not allowed.");
  }
  return issueLogin(ctx, identity);
}

async function jwtLogin(ctx: RequestContext): Promise<Reply> {
  const body = await readLoginBody(ctx, ["jwt"]);
  const { identity, config } = configuredIdentity(ctx, body.identityId, "jwtAuth");
  if (!decodeJwt(body.jwt)) throw accessDenied("Invalid JWT");
  const claims = await verified(
    () => verifyJwt(body.jwt, { keys: config.jwks, now: ctx.rt.now() }),
    denied,
  );
  if (config.boundIssuer && claims.iss !== config.boundIssuer) {
    throw forbiddenRequest("Access denied: issuer mismatch");
  }
  if (config.boundSubject) {
    if (!claims.sub) throw accessDenied("Access denied: token has no subject field");
    if (!matchesPattern(String(claims.sub), config.boundSubject)) {
      throw forbiddenRequest("Access denied: subject not allowed");
    }
  }
  if (config.boundAudiences?.length) {
    if (!claims.aud) throw accessDenied("Access denied: token has no audience field");
    if (!audienceMatches(claims.aud, config.boundAudiences)) {
      throw accessDenied("Access denied: token audience not allowed");
    }
  }
  return issueLogin(ctx, identity);
}

// The server asks the cluster's TokenReview API; the emulator plays the cluster and checks
// the service-account token itself.
async function kubernetesLogin(ctx: RequestContext): Promise<Reply> {
  const body = await readLoginBody(ctx, ["jwt"]);
  const { identity, config } = configuredIdentity(ctx, body.identityId, "kubernetesAuth");
  const claims = await verified(
    () =>
      verifyJwt(body.jwt, {
        keys: config.jwks,
        now: ctx.rt.now(),
        issuer: config.boundIssuer,
      }),
    (error) => accessDenied(`Access denied: ${error.message}`),
  );
  const [prefix, kind, namespace, name] = String(claims.sub ?? "").split(":");
  if (prefix !== "system" || kind !== "serviceaccount" || !namespace || !name) {
    throw accessDenied("Access denied: the token is not a service-account token");
  }
  if (config.allowedNamespaces?.length && !config.allowedNamespaces.includes(namespace)) {
    throw accessDenied("Access denied: K8s namespace not allowed.");
  }
  if (config.allowedNames?.length && !config.allowedNames.includes(name)) {
    throw accessDenied("Access denied: K8s name not allowed.");
  }
  if (config.boundAudiences?.length && !audienceMatches(claims.aud, config.boundAudiences)) {
    throw accessDenied("Access denied: K8s audience not allowed.");
  }
  return issueLogin(ctx, identity);
}

const SERVICE_ACCOUNT_EMAIL = /^[a-z0-9-]+@[a-z0-9-]+\.iam\.gserviceaccount\.com$/;

async function gcpLogin(ctx: RequestContext): Promise<Reply> {
  const body = await readLoginBody(ctx, ["jwt"]);
  const { identity, config } = configuredIdentity(ctx, body.identityId, "gcpAuth");
  const now = ctx.rt.now();
  let email: string;
  if (config.type === "iam") {
    const sub = decodeJwt(body.jwt)?.payload.sub;
    if (typeof sub !== "string" || !SERVICE_ACCOUNT_EMAIL.test(sub)) {
      throw accessDenied("Invalid service account identifier");
    }
    // The server verifies against the account's published keys; failures reach its error handler.
    const claims = await verified(
      () => verifyJwt(body.jwt, { keys: config.jwks, now }),
      tokenError,
    );
    if (claims.aud !== body.identityId) throw accessDenied("Invalid audience in GCP IAM Token");
    email = sub;
  } else {
    const claims = await verified(
      () =>
        verifyJwt(body.jwt, {
          keys: config.jwks,
          now,
          issuer: "https://accounts.google.com",
          audience: [body.identityId],
        }),
      denied,
    );
    if (typeof claims.email !== "string")
      throw accessDenied("Access denied: the token has no email");
    email = claims.email;
  }
  if (config.allowedServiceAccounts?.length && !config.allowedServiceAccounts.includes(email)) {
    throw accessDenied("Access denied: GCP service account not allowed.");
  }
  return issueLogin(ctx, identity);
}

async function azureLogin(ctx: RequestContext): Promise<Reply> {
  const body = await readLoginBody(ctx, ["jwt"]);
  const { identity, config } = configuredIdentity(ctx, body.identityId, "azureAuth");
  const kid = decodeJwt(body.jwt)?.header.kid;
  if (!config.jwks.some((key) => key.kid === kid)) throw accessDenied("Invalid signing key");
  // A custom resource's token has no trailing slash in `aud`; the server allows for that.
  const resource = config.resource;
  const audience = resource.endsWith("/") ? [resource, resource.slice(0, -1)] : [resource];
  const claims = await verified(
    () =>
      verifyJwt(body.jwt, {
        keys: config.jwks,
        now: ctx.rt.now(),
        issuer: `https://sts.windows.net/${config.tenantId}/`,
        audience,
      }),
    tokenError,
  );
  if (
    config.allowedServicePrincipalIds?.length &&
    !config.allowedServicePrincipalIds.includes(String(claims.oid ?? ""))
  ) {
    throw accessDenied("Access denied: Azure service principal not allowed.");
  }
  return issueLogin(ctx, identity);
}

async function spiffeLogin(ctx: RequestContext): Promise<Reply> {
  const body = await readLoginBody(ctx, ["jwt"]);
  const { identity, config } = configuredIdentity(ctx, body.identityId, "spiffeAuth");
  const claims = await verified(
    () =>
      verifyJwt(body.jwt, {
        keys: config.jwks,
        now: ctx.rt.now(),
        audience: config.allowedAudiences,
      }),
    (error) => accessDenied(`Access denied: JWT-SVID verification failed: ${error.message}`),
  );
  const sub = String(claims.sub ?? "");
  const inDomain = sub.startsWith(`spiffe://${config.trustDomain}/`);
  if (!inDomain || !config.allowedSpiffeIds.some((pattern) => matchesPattern(sub, pattern))) {
    throw accessDenied("Access denied");
  }
  return issueLogin(ctx, identity);
}

export const jwtLoginRoutes: Route[] = [
  { method: "POST", path: "/api/v1/auth/oidc-auth/login", handler: oidcLogin },
  { method: "POST", path: "/api/v1/auth/jwt-auth/login", handler: jwtLogin },
  { method: "POST", path: "/api/v1/auth/kubernetes-auth/login", handler: kubernetesLogin },
  { method: "POST", path: "/api/v1/auth/gcp-auth/login", handler: gcpLogin },
  { method: "POST", path: "/api/v1/auth/azure-auth/login", handler: azureLogin },
  { method: "POST", path: "/api/v1/auth/spiffe-auth/login", handler: spiffeLogin },
];
