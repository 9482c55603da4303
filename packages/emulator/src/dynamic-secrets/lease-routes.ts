import { withIdentity } from "../auth/authenticate.js";
import { badRequest, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import type { Runtime } from "../runtime.js";
import type { FolderRecord, LeaseRecord } from "../state.js";
import { issueCredentials } from "./credentials.js";
import { parseDuration } from "./duration.js";
import { readTtl } from "./input.js";
import { resolveDynamicScope, routePath } from "./scope.js";
import { dynamicSecretJson, leaseJson } from "./serialize.js";
import { findDynamicSecret, revokeLease } from "./store.js";

// `/api/v1/dynamic-secrets/leases`: create, get, renew, revoke. A lease's TTL is capped by the
// dynamic secret's maxTTL counted from the lease's creation; a renewal adds its TTL to the
// lease's current expiry, not to now (checked against a real server).

function readLocation(source: Checker) {
  const projectSlug = source.string("projectSlug");
  const environmentSlug = source.string("environmentSlug");
  const path = routePath(source.optionalString("path"));
  return { projectSlug, environmentSlug, path };
}

/** The lease, which must belong to a dynamic secret in the addressed folder. */
function leaseIn(rt: Runtime, leaseId: string, folder: FolderRecord) {
  const lease = rt.state.leases.get(leaseId);
  const ds = lease ? rt.state.dynamicSecrets.get(lease.dynamicSecretId) : undefined;
  if (!lease || !ds || ds.folderId !== folder.id) {
    throw notFound(`Dynamic secret lease with ID '${leaseId}' not found`);
  }
  return { lease, ds };
}

const createLease = withIdentity(async (ctx, identity) => {
  const body = Checker.body(await ctx.json());
  const name = body.string("dynamicSecretName").toLowerCase();
  const location = readLocation(body);
  const ttl = readTtl(body, "ttl");
  const config = body.raw("config");
  body.finish();

  const { rt } = ctx;
  const where = "environment with slug";
  const { folder } = resolveDynamicScope(rt, identity, location, where, "create lease");
  const ds = findDynamicSecret(rt, folder.id, name);
  if (!ds) {
    throw notFound(
      `Dynamic secret with name '${name}' in folder with path '${location.path}' not found`,
    );
  }
  const now = rt.now();
  const expireAt = now + (parseDuration(ttl || ds.defaultTTL) ?? 0);
  if (ds.maxTTL && expireAt > now + (parseDuration(ds.maxTTL) ?? 0)) {
    throw badRequest("TTL cannot be larger than max TTL");
  }
  const issued = await issueCredentials(rt, ds, { identityName: identity.name, expireAt });
  const lease: LeaseRecord = {
    id: rt.ids.uuid(),
    dynamicSecretId: ds.id,
    version: 1,
    externalEntityId: issued.entityId,
    expireAt,
    status: null,
    statusDetails: null,
    config: config ?? null,
    createdAt: now,
    updatedAt: now,
  };
  rt.state.leases.set(lease.id, lease);
  return {
    body: {
      lease: leaseJson(lease),
      dynamicSecret: dynamicSecretJson(ds, { metadata: true }),
      data: issued.data,
    },
  };
});

const getLease = withIdentity((ctx, identity) => {
  const query = Checker.query(ctx.query);
  const location = readLocation(query);
  query.finish();
  const { folder } = resolveDynamicScope(ctx.rt, identity, location, "environment with slug");
  const { lease, ds } = leaseIn(ctx.rt, ctx.params.leaseId ?? "", folder);
  return {
    body: {
      lease: { ...leaseJson(lease), dynamicSecret: dynamicSecretJson(ds, { metadata: true }) },
    },
  };
});

const renewLease = withIdentity(async (ctx, identity) => {
  const body = Checker.body(await ctx.json());
  const location = readLocation(body);
  const ttl = readTtl(body, "ttl");
  body.finish();
  const { rt } = ctx;
  const where = "environment with slug";
  const { folder } = resolveDynamicScope(rt, identity, location, where, "renew lease");
  const { lease, ds } = leaseIn(rt, ctx.params.leaseId ?? "", folder);
  const expireAt = lease.expireAt + (parseDuration(ttl || ds.defaultTTL) ?? 0);
  if (ds.maxTTL && expireAt > lease.createdAt + (parseDuration(ds.maxTTL) ?? 0)) {
    throw badRequest(
      "The requested renewal would exceed the maximum allowed lease duration. Please choose a shorter TTL",
    );
  }
  lease.expireAt = expireAt;
  lease.updatedAt = rt.now();
  return { body: { lease: leaseJson(lease) } };
});

const revoke = withIdentity(async (ctx, identity) => {
  const body = Checker.body(await ctx.json());
  const location = readLocation(body);
  const isForced = body.optionalBoolean("isForced") ?? false;
  body.finish();
  const { rt } = ctx;
  const { folder } = resolveDynamicScope(rt, identity, location, "environment with slug");
  const { lease } = leaseIn(rt, ctx.params.leaseId ?? "", folder);
  revokeLease(rt, lease, isForced);
  return { body: { lease: leaseJson(lease) } };
});

export function leaseRoutes(base: string): Route[] {
  return [
    { method: "POST", path: base, handler: createLease },
    { method: "GET", path: `${base}/:leaseId`, handler: getLease },
    { method: "POST", path: `${base}/:leaseId/renew`, handler: renewLease },
    { method: "DELETE", path: `${base}/:leaseId`, handler: revoke },
  ];
}
