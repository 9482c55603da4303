import { withIdentity } from "../auth/authenticate.js";
import { resolveScope } from "../folders/scope.js";
import type { RequestContext } from "../http/context.js";
import { badRequest, notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import type { IdentityRecord } from "../state.js";
import type { Flavor } from "./flavors.js";
import { readCreateFields, readUpdateFields, SECRET_TYPES } from "./input.js";
import { createdJson, deletedJson, updatedJson } from "./serialize.js";
import { createSecret, deleteSecret, findSecret, updateSecret } from "./store.js";

// Single-secret writes. Messages follow the recordings: the get/delete ones differ from the
// update one ("Secret with name X not found", unquoted).

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
  return { body, type, resolve, name: ctx.params.secretName ?? "" };
}

const createSecretRoute = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, type, resolve, name } = await readTarget(ctx, identity, flavor);
    const fields = readCreateFields(body);
    body.finish();
    const { folder } = resolve();
    if (findSecret(ctx.rt, folder.id, name, type)) throw badRequest("Secret already exists");
    const secret = createSecret(ctx.rt, folder, type, { ...fields, secretKey: name });
    return { body: { secret: createdJson(secret) } };
  });

const updateSecretRoute = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, type, resolve, name } = await readTarget(ctx, identity, flavor);
    const fields = readUpdateFields(body);
    body.finish();
    const { folder } = resolve();
    const secret = findSecret(ctx.rt, folder.id, name, type);
    if (!secret) throw notFound(`Secret with name ${name} not found`);
    const newName = fields.secretKey;
    if (newName && newName !== name && findSecret(ctx.rt, folder.id, newName, type)) {
      throw badRequest("Secret with the new name already exists");
    }
    return { body: { secret: updatedJson(updateSecret(ctx.rt, secret, fields)) } };
  });

const deleteSecretRoute = (flavor: Flavor) =>
  withIdentity(async (ctx, identity) => {
    const { body, type, resolve, name } = await readTarget(ctx, identity, flavor);
    body.finish();
    const { folder } = resolve();
    const secret = findSecret(ctx.rt, folder.id, name, type);
    if (!secret) throw notFound("Secret not found");
    return { body: { secret: deletedJson(deleteSecret(ctx.rt, secret)) } };
  });

export function writeRoutes(flavor: Flavor, base: string): Route[] {
  return [
    { method: "POST", path: `${base}/:secretName`, handler: createSecretRoute(flavor) },
    { method: "PATCH", path: `${base}/:secretName`, handler: updateSecretRoute(flavor) },
    { method: "DELETE", path: `${base}/:secretName`, handler: deleteSecretRoute(flavor) },
  ];
}
