import { holdForApproval } from "../approvals/policies.js";
import { withIdentity } from "../auth/authenticate.js";
import { folderIn, resolveProjectFor } from "../folders/scope.js";
import type { RequestContext } from "../http/context.js";
import { badRequest, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import type { FolderRecord, IdentityRecord, ProjectRecord, SecretRecord } from "../state.js";
import type { Flavor } from "./flavors.js";
import { readCreateFields, readUpdateFields, SECRET_TYPES } from "./input.js";
import { checkNameField } from "./names.js";
import { createdJson, deletedJson, updatedJson } from "./serialize.js";
import { createSecret, deleteSecret, findSecret, type SecretPatch, updateSecret } from "./store.js";
import { requireTags } from "./tags.js";

// Batch writes. Every item is checked before anything changes, so a failing batch leaves the
// state untouched (the server runs each batch in one transaction).

const UPDATE_MODES = ["failOnNotFound", "upsert", "ignore"] as const;

async function readBatch(ctx: RequestContext, identity: IdentityRecord, flavor: Flavor) {
  const body = Checker.body(await ctx.json());
  const projectRef = flavor.bodyProject(body);
  const environment = body.string("environment");
  const secretPath = body.optionalString("secretPath") ?? "/";
  let project: ProjectRecord | undefined;
  const resolve = () => {
    const found = resolveProjectFor(ctx.rt, identity, projectRef, flavor.missingBodyProject);
    project = found;
    return (path: string): FolderRecord => folderIn(ctx.rt, found, environment, path);
  };
  /** Tag ids of every item must exist (after resolve). */
  const checkTags = (tagIds: (string[] | undefined)[]) => {
    if (project) for (const ids of tagIds) requireTags(project, ids);
  };
  return { body, secretPath, resolve, checkTags };
}

const missing = (keys: string[]) => notFound(`Secret does not exist: ${keys.join(", ")}`);

// The server reads written rows back with an unordered query: the recorded server answered
// batch creates and updates last item first (secrets-v{3,4}-batch-{create,update}.json), while
// deletes answer in request order (DELETE ... RETURNING). Clients must match answers by key.
const lastFirst = <T>(items: T[]): T[] => [...items].reverse();

const batchCreate = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, secretPath, resolve, checkTags } = await readBatch(ctx, identity, flavor);
    const items = body.objectArray("secrets", 1).map((item) => {
      const secretKey = item.string("secretKey");
      checkNameField(item, "secretKey", secretKey);
      return { secretKey: secretKey.trim(), ...readCreateFields(item) };
    });
    body.finish();
    const folder = resolve()(secretPath);
    checkTags(items.map((item) => item.tagIds));
    const taken = items.filter((item) => findSecret(ctx.rt, folder.id, item.secretKey));
    if (taken.length > 0) {
      throw badRequest(`Secret already exists: ${taken.map((item) => item.secretKey).join(", ")}`);
    }
    const keys = items.map((item) => item.secretKey);
    const held = holdForApproval(ctx.rt, identity, folder, "create", keys);
    if (held) return held;
    const created = items.map((item) => createSecret(ctx.rt, folder, "shared", item));
    return { body: { secrets: lastFirst(created).map(createdJson) } };
  });

const batchUpdate = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, secretPath, resolve, checkTags } = await readBatch(ctx, identity, flavor);
    const mode = body.enumOf("mode", UPDATE_MODES, "failOnNotFound");
    const items = body.objectArray("secrets", 1).map((item) => {
      const fields = readUpdateFields(item);
      checkNameField(item, "newSecretName", fields.secretKey);
      return {
        secretKey: item.string("secretKey").trim(),
        secretPath: item.optionalString("secretPath"),
        fields,
      };
    });
    body.finish();
    const folderAt = resolve();
    checkTags(items.map((item) => item.fields.tagIds));
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
    const first = plan[0];
    const held =
      first &&
      holdForApproval(
        ctx.rt,
        identity,
        first.folder,
        "update",
        plan.map((step) => step.secretKey),
      );
    if (held) return held;
    const updated: SecretRecord[] = [];
    const created: SecretRecord[] = [];
    for (const step of plan) {
      if (step.secret) updated.push(updateSecret(ctx.rt, step.secret, step.fields));
      else if (mode === "upsert")
        created.push(upsert(ctx, step.folder, step.secretKey, step.fields));
    }
    // Upserted secrets come after the updated ones: the server writes and reads them back second.
    const results = [...lastFirst(updated), ...lastFirst(created)];
    return { body: { secrets: results.map(updatedJson) } };
  });

function upsert(ctx: RequestContext, folder: FolderRecord, key: string, fields: SecretPatch) {
  return createSecret(ctx.rt, folder, "shared", { ...fields, secretKey: fields.secretKey ?? key });
}

const batchDelete = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, secretPath, resolve } = await readBatch(ctx, identity, flavor);
    const items = body.objectArray("secrets", 1).map((item) => ({
      secretKey: item.string("secretKey").trim(),
      type: item.enumOf("type", SECRET_TYPES, "shared"),
    }));
    body.finish();
    const folder = resolve()(secretPath);
    const found = items.map((item) => findSecret(ctx.rt, folder.id, item.secretKey, item.type));
    const absent = items.filter((_, index) => !found[index]).map((item) => item.secretKey);
    if (absent.length > 0) throw missing(absent);
    const keys = items.map((item) => item.secretKey);
    const held = holdForApproval(ctx.rt, identity, folder, "delete", keys);
    if (held) return held;
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
