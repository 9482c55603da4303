import { withIdentity } from "../auth/authenticate.js";
import { folderIn, resolveProjectFor } from "../folders/scope.js";
import type { RequestContext } from "../http/context.js";
import { badRequest, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import type { FolderRecord, IdentityRecord, SecretRecord } from "../state.js";
import type { Flavor } from "./flavors.js";
import { readCreateFields, readUpdateFields, SECRET_TYPES } from "./input.js";
import { createdJson, deletedJson, updatedJson } from "./serialize.js";
import { createSecret, deleteSecret, findSecret, type SecretPatch, updateSecret } from "./store.js";

// Batch writes. Every item is checked before anything changes, so a failing batch leaves the
// state untouched (the server runs each batch in one transaction).

const UPDATE_MODES = ["failOnNotFound", "upsert", "ignore"] as const;

async function readBatch(ctx: RequestContext, identity: IdentityRecord, flavor: Flavor) {
  const body = Checker.body(await ctx.json());
  const projectRef = flavor.bodyProject(body);
  const environment = body.string("environment");
  const secretPath = body.optionalString("secretPath") ?? "/";
  const resolve = () => {
    const project = resolveProjectFor(ctx.rt, identity, projectRef, flavor.missingBodyProject);
    return (path: string): FolderRecord => folderIn(ctx.rt, project, environment, path);
  };
  return { body, secretPath, resolve };
}

const missing = (keys: string[]) => notFound(`Secret does not exist: ${keys.join(", ")}`);

const batchCreate = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, secretPath, resolve } = await readBatch(ctx, identity, flavor);
    const items = body.objectArray("secrets", 1).map((item) => ({
      secretKey: item.string("secretKey"),
      ...readCreateFields(item),
    }));
    body.finish();
    const folder = resolve()(secretPath);
    const taken = items.filter((item) => findSecret(ctx.rt, folder.id, item.secretKey));
    if (taken.length > 0) {
      throw badRequest(`Secret already exists: ${taken.map((item) => item.secretKey).join(", ")}`);
    }
    const created = items.map((item) => createSecret(ctx.rt, folder, "shared", item));
    return { body: { secrets: created.map(createdJson) } };
  });

const batchUpdate = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, secretPath, resolve } = await readBatch(ctx, identity, flavor);
    const mode = body.enumOf("mode", UPDATE_MODES, "failOnNotFound");
    const items = body.objectArray("secrets", 1).map((item) => ({
      secretKey: item.string("secretKey"),
      secretPath: item.optionalString("secretPath"),
      fields: readUpdateFields(item),
    }));
    body.finish();
    const folderAt = resolve();
    const plan = items.map((item) => {
      const folder = folderAt(item.secretPath ?? secretPath);
      return { ...item, folder, secret: findSecret(ctx.rt, folder.id, item.secretKey) };
    });
    const absent = plan.filter((step) => !step.secret).map((step) => step.secretKey);
    if (mode === "failOnNotFound" && absent.length > 0) throw missing(absent);
    for (const step of plan) {
      const newName = step.fields.secretKey;
      if (newName && newName !== step.secretKey && findSecret(ctx.rt, step.folder.id, newName)) {
        throw badRequest(`Secret with the new name already exists: ${newName}`);
      }
    }
    const results: SecretRecord[] = [];
    for (const step of plan) {
      if (step.secret) results.push(updateSecret(ctx.rt, step.secret, step.fields));
      else if (mode === "upsert")
        results.push(upsert(ctx, step.folder, step.secretKey, step.fields));
    }
    return { body: { secrets: results.map(updatedJson) } };
  });

function upsert(ctx: RequestContext, folder: FolderRecord, key: string, fields: SecretPatch) {
  return createSecret(ctx.rt, folder, "shared", { ...fields, secretKey: fields.secretKey ?? key });
}

const batchDelete = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, secretPath, resolve } = await readBatch(ctx, identity, flavor);
    const items = body.objectArray("secrets", 1).map((item) => ({
      secretKey: item.string("secretKey"),
      type: item.enumOf("type", SECRET_TYPES, "shared"),
    }));
    body.finish();
    const folder = resolve()(secretPath);
    const found = items.map((item) => findSecret(ctx.rt, folder.id, item.secretKey, item.type));
    const absent = items.filter((_, index) => !found[index]).map((item) => item.secretKey);
    if (absent.length > 0) throw missing(absent);
    const deleted = found.flatMap((secret) => (secret ? [deleteSecret(ctx.rt, secret)] : []));
    return { body: { secrets: deleted.map(deletedJson) } };
  });

export function batchRoutes(flavor: Flavor, path: string): Route[] {
  return [
    { method: "POST", path, handler: batchCreate(flavor) },
    { method: "PATCH", path, handler: batchUpdate(flavor) },
    { method: "DELETE", path, handler: batchDelete(flavor) },
  ];
}
