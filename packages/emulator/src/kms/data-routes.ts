import { withIdentity } from "../auth/authenticate.js";
import { toBase64 } from "../encoding.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import { keyFor, requireUsable } from "./access.js";
import { openBlob, sealBlob } from "./cipher.js";
import { base64Field, keyIdParam } from "./input.js";
import { KEYS_PATH } from "./key-routes.js";
import type { SymmetricMaterial } from "./material.js";

// Encrypt and decrypt with a symmetric key. Both take and answer base64.

const encrypt = withIdentity(async (ctx, identity) => {
  const keyId = keyIdParam(ctx.params);
  const body = Checker.body(await ctx.json());
  const plaintext = base64Field(body, "plaintext");
  body.finish();

  const key = keyFor(ctx.rt, identity, keyId);
  requireUsable(key, "encrypt-decrypt");
  const blob = await sealBlob(key.material as SymmetricMaterial, plaintext);
  return { body: { ciphertext: toBase64(blob) } };
});

const decrypt = withIdentity(async (ctx, identity) => {
  const keyId = keyIdParam(ctx.params);
  const body = Checker.body(await ctx.json());
  const ciphertext = base64Field(body, "ciphertext", Number.POSITIVE_INFINITY);
  body.finish();

  const key = keyFor(ctx.rt, identity, keyId);
  requireUsable(key, "encrypt-decrypt");
  const plaintext = await openBlob(key.material as SymmetricMaterial, ciphertext);
  return { body: { plaintext: toBase64(plaintext) } };
});

export const dataRoutes: Route[] = [
  { method: "POST", path: `${KEYS_PATH}/:keyId/encrypt`, handler: encrypt },
  { method: "POST", path: `${KEYS_PATH}/:keyId/decrypt`, handler: decrypt },
];
