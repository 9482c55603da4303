import { withIdentity } from "../auth/authenticate.js";
import { toBase64 } from "../encoding.js";
import { badRequest } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import { keyFor, requireUsable } from "./access.js";
import {
  type AsymmetricAlgorithm,
  SIGNING_ALGORITHMS,
  type SigningAlgorithm,
  signingAlgorithmsFor,
} from "./algorithms.js";
import { base64Field, keyIdParam } from "./input.js";
import { KEYS_PATH } from "./key-routes.js";
import { type AsymmetricMaterial, keyPair } from "./material.js";
import { signWith, verifyWith } from "./signing.js";
import type { KmsKeyRecord } from "./store.js";

// Sign, verify, public key and the list of signing algorithms of an asymmetric key.

function signingKey(key: KmsKeyRecord): AsymmetricMaterial {
  requireUsable(key, "sign-verify");
  return key.material as AsymmetricMaterial;
}

/** RSA keys sign with RSASSA_*, ECC keys with ECDSA_*: anything else is the server's 400. */
function requireFamily(material: AsymmetricMaterial, algorithm: SigningAlgorithm): void {
  if (!signingAlgorithmsFor(material.algorithm).includes(algorithm)) {
    const family = material.algorithm === "RSA_4096" ? "RSA" : "ECC";
    throw badRequest(`KMS ${family} key cannot be used with ${algorithm}`);
  }
}

/** The server signs and verifies PSS over whole messages only (found on a real server). */
function refusePssDigest(algorithm: SigningAlgorithm, isDigest: boolean | undefined): void {
  if (isDigest && algorithm.startsWith("RSASSA_PSS")) {
    throw badRequest("RSA PSS does not support digested input");
  }
}

const sign = withIdentity(async (ctx, identity) => {
  const keyId = keyIdParam(ctx.params);
  const body = Checker.body(await ctx.json());
  const signingAlgorithm = body.enumOf("signingAlgorithm", SIGNING_ALGORITHMS, "ECDSA_SHA_256");
  if (!body.has("signingAlgorithm")) body.string("signingAlgorithm");
  const isDigest = body.optionalBoolean("isDigest");
  const data = base64Field(body, "data");
  body.finish();

  const key = keyFor(ctx.rt, identity, keyId);
  const material = signingKey(key);
  requireFamily(material, signingAlgorithm);
  refusePssDigest(signingAlgorithm, isDigest);
  const signature = await signWith(material, signingAlgorithm, data, isDigest);
  return { body: { signature: toBase64(signature), keyId: key.id, signingAlgorithm } };
});

const verify = withIdentity(async (ctx, identity) => {
  const keyId = keyIdParam(ctx.params);
  const body = Checker.body(await ctx.json());
  const isDigest = body.optionalBoolean("isDigest");
  const data = base64Field(body, "data");
  const signature = base64Field(body, "signature");
  const signingAlgorithm = body.enumOf("signingAlgorithm", SIGNING_ALGORITHMS, "ECDSA_SHA_256");
  if (!body.has("signingAlgorithm")) body.string("signingAlgorithm");
  body.finish();

  const key = keyFor(ctx.rt, identity, keyId);
  const material = signingKey(key);
  requireFamily(material, signingAlgorithm);
  refusePssDigest(signingAlgorithm, isDigest);
  const signatureValid = await verifyWith(material, signingAlgorithm, data, signature, isDigest);
  return { body: { signatureValid, keyId: key.id, signingAlgorithm } };
});

const publicKey = withIdentity(async (ctx, identity) => {
  const keyId = keyIdParam(ctx.params);
  const material = signingKey(keyFor(ctx.rt, identity, keyId));
  return { body: { publicKey: toBase64((await keyPair(material)).publicKey) } };
});

const signingAlgorithms = withIdentity((ctx, identity) => {
  const keyId = keyIdParam(ctx.params);
  const material = signingKey(keyFor(ctx.rt, identity, keyId));
  const algorithm: AsymmetricAlgorithm = material.algorithm;
  return { body: { signingAlgorithms: [...signingAlgorithmsFor(algorithm)] } };
});

export const signingRoutes: Route[] = [
  { method: "POST", path: `${KEYS_PATH}/:keyId/sign`, handler: sign },
  { method: "POST", path: `${KEYS_PATH}/:keyId/verify`, handler: verify },
  { method: "GET", path: `${KEYS_PATH}/:keyId/public-key`, handler: publicKey },
  { method: "GET", path: `${KEYS_PATH}/:keyId/signing-algorithms`, handler: signingAlgorithms },
];
