import { withIdentity } from "../auth/authenticate.js";
import { badRequest, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import type { Runtime } from "../runtime.js";
import type { DynamicSecretRecord, FolderRecord } from "../state.js";
import {
  mergeInputs,
  readMetadata,
  readName,
  readProvider,
  readTtl,
  readUsernameTemplate,
} from "./input.js";
import { leaseRoutes } from "./lease-routes.js";
import { resolveDynamicScope, routePath } from "./scope.js";
import { dynamicSecretJson, leaseJson } from "./serialize.js";
import {
  dropDynamicSecret,
  dynamicSecretsIn,
  findDynamicSecret,
  leasesOf,
  pruneDynamicSecret,
  STATUS_DELETING,
} from "./store.js";

// `/api/v1/dynamic-secrets`: create, get by name, update, delete, list, and list leases.
// Projects are addressed by slug on these routes.

const BASE = "/api/v1/dynamic-secrets";
const DUPLICATE = "Provided dynamic secret already exists under the folder";

/** The location fields every route reads, from the body or the query string. */
function readLocation(source: Checker) {
  const projectSlug = source.string("projectSlug");
  if (projectSlug === "")
    source.custom("projectSlug", "String must contain at least 1 character(s)");
  const environmentSlug = source.string("environmentSlug");
  const path = routePath(source.optionalString("path"));
  return { projectSlug, environmentSlug, path };
}

const createDynamicSecret = withIdentity(async (ctx, identity) => {
  const body = Checker.body(await ctx.json());
  const location = readLocation(body);
  const name = readName(body, "name");
  const provider = readProvider(body);
  const defaultTTL = readTtl(body, "defaultTTL", true) ?? "";
  const maxTTL = readTtl(body, "maxTTL");
  const metadata = readMetadata(body);
  const usernameTemplate = readUsernameTemplate(body);
  body.finish();

  const { rt } = ctx;
  const gated = "create dynamic secret";
  const { project, folder } = resolveDynamicScope(rt, identity, location, "environment", gated);
  if (findDynamicSecret(rt, folder.id, name)) throw badRequest(DUPLICATE);
  const now = rt.now();
  const ds: DynamicSecretRecord = {
    id: rt.ids.uuid(),
    projectId: project.id,
    folderId: folder.id,
    name,
    version: 1,
    type: provider.type,
    inputs: provider.inputs,
    defaultTTL,
    maxTTL: maxTTL || null,
    status: null,
    statusDetails: null,
    usernameTemplate: usernameTemplate ?? null,
    metadata: metadata ?? [],
    createdAt: now,
    updatedAt: now,
    revocationFails: false,
  };
  rt.state.dynamicSecrets.set(ds.id, ds);
  return { body: { dynamicSecret: dynamicSecretJson(ds, { inputs: true }) } };
});

const getDynamicSecret = withIdentity((ctx, identity) => {
  const query = Checker.query(ctx.query);
  const location = readLocation(query);
  query.finish();
  const { folder } = resolveDynamicScope(ctx.rt, identity, location, "environment");
  const name = ctx.params.name ?? "";
  const ds = findDynamicSecret(ctx.rt, folder.id, name);
  if (!ds)
    throw notFound(`Dynamic secret with name '${name} in folder '${location.path}' not found`);
  return { body: { dynamicSecret: dynamicSecretJson(ds, { metadata: true, inputs: true }) } };
});

/** Update and delete look the (lower-cased) name up in the folder, with the same 404. */
function requireByName(rt: Runtime, rawName: string, folder: FolderRecord): DynamicSecretRecord {
  const name = rawName.toLowerCase();
  const ds = findDynamicSecret(rt, folder.id, name);
  if (!ds)
    throw notFound(`Dynamic secret with name '${name}' in folder '${folder.path}' not found`);
  return ds;
}

const updateDynamicSecret = withIdentity(async (ctx, identity) => {
  const body = Checker.body(await ctx.json());
  const location = readLocation(body);
  const data = body.object("data") ?? Checker.body({});
  const defaultTTL = readTtl(data, "defaultTTL");
  const maxTTL = readTtl(data, "maxTTL");
  const newName = data.optionalString("newName");
  const metadata = readMetadata(data);
  const usernameTemplate = readUsernameTemplate(data);
  body.finish();
  const { rt } = ctx;
  const gated = "update dynamic secret";
  const { folder } = resolveDynamicScope(rt, identity, location, "environment", gated);
  const ds = requireByName(rt, ctx.params.name ?? "", folder);
  // Provider inputs are merged over the stored ones, so they can only be checked now.
  const inputs = mergeInputs(data, ds.type, ds.inputs);
  body.finish();
  if (newName && newName !== ds.name && findDynamicSecret(rt, folder.id, newName)) {
    throw badRequest(DUPLICATE);
  }

  if (defaultTTL) ds.defaultTTL = defaultTTL;
  if (maxTTL !== undefined) ds.maxTTL = maxTTL || null;
  if (newName) ds.name = newName;
  if (metadata) ds.metadata = metadata;
  if (usernameTemplate !== undefined) ds.usernameTemplate = usernameTemplate;
  ds.inputs = inputs;
  ds.status = null;
  ds.updatedAt = rt.now();
  return { body: { dynamicSecret: dynamicSecretJson(ds) } };
});

const deleteDynamicSecret = withIdentity(async (ctx, identity) => {
  const body = Checker.body(await ctx.json());
  const location = readLocation(body);
  const isForced = body.optionalBoolean("isForced") ?? false;
  body.finish();
  const { rt } = ctx;
  const { folder } = resolveDynamicScope(rt, identity, location, "environment");
  const ds = requireByName(rt, ctx.params.name ?? "", folder);
  if (isForced || leasesOf(rt, ds.id).length === 0) {
    dropDynamicSecret(rt, ds);
    return { body: { dynamicSecret: dynamicSecretJson(ds) } };
  }
  // Live leases: the server answers at once with the "deleting" status and revokes them in a
  // background job; the emulator runs that job right after building the answer.
  ds.status = STATUS_DELETING;
  ds.updatedAt = rt.now();
  const answer = dynamicSecretJson(ds);
  pruneDynamicSecret(rt, ds);
  return { body: { dynamicSecret: answer } };
});

const listDynamicSecrets = withIdentity((ctx, identity) => {
  const query = Checker.query(ctx.query);
  const location = readLocation(query);
  query.finish();
  const { folder } = resolveDynamicScope(ctx.rt, identity, location, "environment");
  const list = dynamicSecretsIn(ctx.rt, folder.id);
  return { body: { dynamicSecrets: list.map((ds) => dynamicSecretJson(ds, { metadata: true })) } };
});

const listLeases = withIdentity((ctx, identity) => {
  const query = Checker.query(ctx.query);
  const location = readLocation(query);
  query.finish();
  const { folder } = resolveDynamicScope(ctx.rt, identity, location, "environment with slug");
  const name = ctx.params.name ?? "";
  const ds = findDynamicSecret(ctx.rt, folder.id, name);
  if (!ds) {
    throw notFound(
      `Dynamic secret with name '${name}' in folder with path '${location.path}' not found`,
    );
  }
  return { body: { leases: leasesOf(ctx.rt, ds.id).map(leaseJson) } };
});

// Lease routes first: `/leases/...` must not be taken for a dynamic secret's name.
export const dynamicSecretRoutes: Route[] = [
  ...leaseRoutes(`${BASE}/leases`),
  { method: "POST", path: BASE, handler: createDynamicSecret },
  { method: "GET", path: BASE, handler: listDynamicSecrets },
  { method: "GET", path: `${BASE}/:name/leases`, handler: listLeases },
  { method: "GET", path: `${BASE}/:name`, handler: getDynamicSecret },
  { method: "PATCH", path: `${BASE}/:name`, handler: updateDynamicSecret },
  { method: "DELETE", path: `${BASE}/:name`, handler: deleteDynamicSecret },
];
