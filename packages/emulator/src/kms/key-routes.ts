import { withIdentity } from "../auth/authenticate.js";
import { badRequest, notFound, validationFailure } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import { projectById, requireMember, requireProjectType } from "../projects/lookup.js";
import type { Runtime } from "../runtime.js";
import type { IdentityRecord, ProjectRecord } from "../state.js";
import { keyFor } from "./access.js";
import {
  ASYMMETRIC_ALGORITHMS,
  isAsymmetric,
  isSymmetric,
  KEY_ALGORITHMS,
  KEY_USAGES,
  SYMMETRIC_ALGORITHMS,
} from "./algorithms.js";
import { checkDescription, checkName, keyIdParam, slugIssue } from "./input.js";
import { createKey, findKeyByName, keyJson, kmsKeys } from "./store.js";

// Key management: list, get by id or name, create, update (rename, describe, disable), delete.

export const KEYS_PATH = "/api/v1/kms/keys";

/** KMS routes work only on projects of type "kms" (400 with the server's wording otherwise). */
function kmsProject(rt: Runtime, identity: IdentityRecord, projectId: string): ProjectRecord {
  const project = projectById(rt, projectId);
  requireMember(identity, project);
  requireProjectType(project, "kms");
  return project;
}

function duplicateName(name: string, projectId: string) {
  return badRequest(
    `A KMS key with the name "${name}" already exists for the project with ID "${projectId}"`,
  );
}

function numberBound(query: Checker, key: string, value: number, min: number, max?: number) {
  const tooSmall = value < min;
  if (!tooSmall && (max === undefined || value <= max)) return;
  query.issues.push({
    code: tooSmall ? "too_small" : "too_big",
    [tooSmall ? "minimum" : "maximum"]: tooSmall ? min : max,
    type: "number",
    inclusive: true,
    exact: false,
    message: tooSmall
      ? `Number must be greater than or equal to ${min}`
      : `Number must be less than or equal to ${max}`,
    path: [key],
  });
}

const listKeys = withIdentity((ctx, identity) => {
  const query = Checker.query(ctx.query);
  const projectId = query.string("projectId");
  const offset = query.optionalQueryNumber("offset") ?? 0;
  const limit = query.optionalQueryNumber("limit") ?? 100;
  numberBound(query, "offset", offset, 0);
  numberBound(query, "limit", limit, 1, 100);
  query.enumOf("orderBy", ["name"] as const, "name");
  const direction = query.enumOf("orderDirection", ["asc", "desc"] as const, "asc");
  const search = query.optionalString("search")?.trim().toLowerCase();
  query.finish();

  const project = kmsProject(ctx.rt, identity, projectId);
  const keys = [...kmsKeys(ctx.rt.state).values()]
    .filter((key) => key.projectId === project.id)
    .filter((key) => !search || key.name.toLowerCase().includes(search))
    .sort(
      (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) * (direction === "asc" ? 1 : -1),
    );
  return {
    body: { keys: keys.slice(offset, offset + limit).map(keyJson), totalCount: keys.length },
  };
});

const getKeyById = withIdentity((ctx, identity) => {
  const keyId = keyIdParam(ctx.params);
  return { body: { key: keyJson(keyFor(ctx.rt, identity, keyId, true)) } };
});

const getKeyByName = withIdentity((ctx, identity) => {
  const keyName = ctx.params.keyName ?? "";
  const query = Checker.query(ctx.query);
  const nameIssue = slugIssue(keyName.trim(), "Key name", 64);
  if (nameIssue)
    throw validationFailure([{ code: "custom", message: nameIssue, path: ["keyName"] }]);
  const projectId = query.string("projectId");
  if (query.has("projectId") && projectId === "")
    query.custom("projectId", "Project ID is required");
  query.finish();

  const project = kmsProject(ctx.rt, identity, projectId);
  const key = findKeyByName(ctx.rt, project.id, keyName.trim());
  if (!key) {
    throw notFound(`Key with name "${keyName}" not found for project with ID "${project.id}"`);
  }
  return { body: { key: keyJson(key) } };
});

const createKeyRoute = withIdentity(async (ctx, identity) => {
  const body = Checker.body(await ctx.json());
  const projectId = body.string("projectId");
  const name = checkName(body, "name", body.string("name"));
  const description = checkDescription(body, "description");
  const keyUsage = body.enumOf("keyUsage", KEY_USAGES, "encrypt-decrypt");
  const encryptionAlgorithm = body.enumOf("encryptionAlgorithm", KEY_ALGORITHMS, "aes-256-gcm");
  body.finish();
  // The server's superRefine: the algorithm must fit the usage (path [] on the whole body).
  if (keyUsage === "encrypt-decrypt" && !isSymmetric(encryptionAlgorithm)) {
    throw validationFailure([
      {
        code: "custom",
        message: `encryptionAlgorithm must be a valid symmetric encryption algorithm. Valid options are: ${SYMMETRIC_ALGORITHMS.join(", ")}`,
        path: [],
      },
    ]);
  }
  if (keyUsage === "sign-verify" && !isAsymmetric(encryptionAlgorithm)) {
    throw validationFailure([
      {
        code: "custom",
        message: `encryptionAlgorithm must be a valid asymmetric sign-verify algorithm. Valid options are: ${ASYMMETRIC_ALGORITHMS.join(", ")}`,
        path: [],
      },
    ]);
  }

  const project = kmsProject(ctx.rt, identity, projectId);
  if (findKeyByName(ctx.rt, project.id, name)) throw duplicateName(name, project.id);
  const key = createKey(ctx.rt, {
    projectId: project.id,
    name,
    description: description ?? null,
    keyUsage,
    encryptionAlgorithm,
  });
  return { body: { key: keyJson(key) } };
});

const updateKey = withIdentity(async (ctx, identity) => {
  const keyId = keyIdParam(ctx.params);
  const body = Checker.body(await ctx.json());
  const rawName = body.optionalString("name");
  const name = rawName === undefined ? undefined : checkName(body, "name", rawName);
  const isDisabled = body.optionalBoolean("isDisabled");
  const description = checkDescription(body, "description");
  body.finish();

  const key = keyFor(ctx.rt, identity, keyId);
  if (name !== undefined && name !== key.name) {
    if (findKeyByName(ctx.rt, key.projectId, name)) throw duplicateName(name, key.projectId);
    key.name = name;
  }
  if (isDisabled !== undefined) key.isDisabled = isDisabled;
  if (description !== undefined) key.description = description;
  key.updatedAt = ctx.rt.now();
  return { body: { key: keyJson(key) } };
});

const deleteKey = withIdentity((ctx, identity) => {
  const keyId = keyIdParam(ctx.params);
  const key = keyFor(ctx.rt, identity, keyId);
  kmsKeys(ctx.rt.state).delete(key.id);
  return { body: { key: keyJson(key) } };
});

export const keyRoutes: Route[] = [
  { method: "GET", path: KEYS_PATH, handler: listKeys },
  { method: "POST", path: KEYS_PATH, handler: createKeyRoute },
  // Before `/keys/:keyId/...`: a literal segment wins over a parameter, as in Fastify.
  { method: "GET", path: `${KEYS_PATH}/key-name/:keyName`, handler: getKeyByName },
  { method: "GET", path: `${KEYS_PATH}/:keyId`, handler: getKeyById },
  { method: "PATCH", path: `${KEYS_PATH}/:keyId`, handler: updateKey },
  { method: "DELETE", path: `${KEYS_PATH}/:keyId`, handler: deleteKey },
];
