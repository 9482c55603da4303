import { holdForApproval } from "../approvals/policies.js";
import { withIdentity } from "../auth/authenticate.js";
import { resolveScope } from "../folders/scope.js";
import type { RequestContext } from "../http/context.js";
import { badRequest, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import type { IdentityRecord, SecretType } from "../state.js";
import type { Flavor } from "./flavors.js";
import { readCreateFields, readUpdateFields, SECRET_TYPES } from "./input.js";
import { checkNameField, secretNameParam } from "./names.js";
import { createdJson, deletedJson, updatedJson } from "./serialize.js";
import { createSecret, deleteSecret, findSecret, updateSecret } from "./store.js";
import { requireTags } from "./tags.js";

// Single-secret writes. Messages follow the recordings: the get/delete ones differ from the
// update one ("Secret with name X not found", unquoted). Personal secrets belong to users: a
// machine identity is refused (400) on every write of one.

async function readTarget(ctx: RequestContext, identity: IdentityRecord, flavor: Flavor) {
  const body = Checker.body(await ctx.json());
  const project = flavor.bodyProject(body);
  const environment = body.string("environment");
  const secretPath = body.optionalString("secretPath") ?? "/";
  const type = body.enumOf("type", SECRET_TYPES, "shared");
  const resolve = () =>
    resolveScope(ctx.rt, identity, {
      project,
      environment,
      secretPath,
      missingProject: flavor.missingBodyProject,
    });
  return { body, type, resolve, name: (ctx.params.secretName ?? "").trim() };
}

function refusePersonal(identity: IdentityRecord, type: SecretType, verb: "create" | "delete") {
  if (type === "personal" && identity.actor !== "user") {
    throw badRequest(`Must be user to ${verb} personal secret`);
  }
}

const createSecretRoute = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, type, resolve } = await readTarget(ctx, identity, flavor);
    const name = secretNameParam(ctx.params.secretName);
    const fields = readCreateFields(body);
    body.finish();
    // v4 create takes reminders but ignores them (recorded: they come back null).
    if (flavor.name === "v4") {
      fields.secretReminderNote = undefined;
      fields.secretReminderRepeatDays = undefined;
    }
    const { project, folder } = resolve();
    refusePersonal(identity, type, "create");
    requireTags(project, fields.tagIds);
    if (findSecret(ctx.rt, folder.id, name, type)) throw badRequest("Secret already exists");
    const held = holdForApproval(ctx.rt, identity, folder, "create", [name]);
    if (held) return held;
    const secret = createSecret(ctx.rt, folder, type, { ...fields, secretKey: name });
    return { body: { secret: createdJson(secret) } };
  });

const updateSecretRoute = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, type, resolve, name } = await readTarget(ctx, identity, flavor);
    const fields = readUpdateFields(body);
    checkNameField(body, "newSecretName", fields.secretKey);
    body.finish();
    const { project, folder } = resolve();
    refusePersonal(identity, type, "create");
    requireTags(project, fields.tagIds);
    const secret = findSecret(ctx.rt, folder.id, name, type);
    if (!secret) throw notFound(`Secret with name ${name} not found`);
    const newName = fields.secretKey?.trim();
    if (newName && newName !== name && findSecret(ctx.rt, folder.id, newName, type)) {
      throw badRequest("Secret with the new name already exists");
    }
    const held = holdForApproval(ctx.rt, identity, folder, "update", [name]);
    if (held) return held;
    const updated = updatedJson(
      updateSecret(ctx.rt, secret, { ...fields, secretKey: newName || undefined }),
    );
    // The server answers only what the request changed: an update without a value or
    // comment (a rename, new tags) reads "" there, while the stored ones stay.
    if (fields.secretValue === undefined) updated.secretValue = "";
    if (fields.secretComment === undefined) updated.secretComment = "";
    return { body: { secret: updated } };
  });

const deleteSecretRoute = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, type, resolve, name } = await readTarget(ctx, identity, flavor);
    body.finish();
    const { folder } = resolve();
    refusePersonal(identity, type, "delete");
    const secret = findSecret(ctx.rt, folder.id, name, type);
    if (!secret) throw notFound("Secret not found");
    const held = holdForApproval(ctx.rt, identity, folder, "delete", [name]);
    if (held) return held;
    return { body: { secret: deletedJson(deleteSecret(ctx.rt, secret)) } };
  });

export function writeRoutes(flavor: Flavor, base: string): Route[] {
  return [
    { method: "POST", path: `${base}/:secretName`, handler: createSecretRoute(flavor) },
    { method: "PATCH", path: `${base}/:secretName`, handler: updateSecretRoute(flavor) },
    { method: "DELETE", path: `${base}/:secretName`, handler: deleteSecretRoute(flavor) },
  ];
}
