// A Worker that drives the SDK object through every area inside workerd, against an in-process
// emulator (itself Web-only), and answers one result per step.

import { createEmulator } from "@infisical-edge/emulator";
import * as v from "valibot";
import {
  AsymmetricEncryption,
  DynamicSecretProviders,
  InfisicalSDKClient,
  InfisicalValidationError,
  KeyUsage,
  SymmetricEncryption,
} from "../../src/index";
import { credentials, KMS_PROJECT_ID, ownSeed, PROJECT_ID, PROJECT_SLUG, SITE } from "../seed";

interface Result {
  name: string;
  ok: boolean;
  error?: string;
}

async function run(): Promise<Result[]> {
  const emulator = createEmulator({ seed: ownSeed });
  const client = new InfisicalSDKClient({ host: SITE, fetch: emulator.fetch, cacheTtl: 60 });
  const dev = { projectId: PROJECT_ID, environmentSlug: "dev" };
  const at = { projectSlug: PROJECT_SLUG, environmentSlug: "dev", path: "/" };
  const results: Result[] = [];
  const step = async (name: string, body: () => Promise<boolean>) => {
    try {
      results.push({ name, ok: await body() });
    } catch (error) {
      results.push({ name, ok: false, error: error instanceof Error ? error.message : "error" });
    }
  };

  await step("universal auth login", async () => {
    const login = await client.auth.universalAuth.login(credentials);
    return login.tokenType === "Bearer" && login.expiresIn === 3600;
  });
  await step("secrets: create, get, update, list, delete", async () => {
    await client.secrets.createSecretByName({ ...dev, secretName: "W", secretValue: "1" });
    const first = await client.secrets.getSecretByName({ ...dev, secretName: "W" });
    await client.secrets.updateSecretByName({ ...dev, currentSecretName: "W", secretValue: "2" });
    const { secrets } = await client.secrets.listSecrets(dev);
    const deleted = await client.secrets.deleteSecretByName({ ...dev, secretName: "W" });
    return (
      first.secretValue === "1" &&
      secrets.find((s) => s.secretKey === "W")?.secretValue === "2" &&
      deleted.secretKey === "W"
    );
  });
  await step("dynamic secrets: create, lease, renew, revoke", async () => {
    await client.dynamicSecrets.create({
      ...at,
      name: "totp",
      providerType: DynamicSecretProviders.TOTP,
      inputs: { configType: "manual", secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" },
      defaultTtl: "1h",
    });
    const { lease, data } = await client.dynamicSecrets.leases.create({
      ...at,
      dynamicSecretName: "totp",
    });
    await client.dynamicSecrets.leases.renew({ ...at, leaseId: lease.id, ttl: "30m" });
    const revoked = await client.dynamicSecrets.leases.revoke({ ...at, leaseId: lease.id });
    return /^\d{6}$/.test(String(data.TOTP)) && revoked.id === lease.id;
  });
  await step("kms: create key, encrypt, decrypt", async () => {
    const key = await client.kms.createKey({
      name: "w",
      projectId: KMS_PROJECT_ID,
      encryptionAlgorithm: SymmetricEncryption.AES_GCM_128,
    });
    const ciphertext = await client.kms.encryptData({
      keyId: key.id,
      base64EncodedPlaintext: "aGk=",
    });
    return (await client.kms.decryptData({ keyId: key.id, ciphertext })) === "aGk=";
  });
  await step("folders: create, get by id, list", async () => {
    const folder = await client.folders.createFolder({ ...dev, name: "w" });
    const read = await client.folders.getFolderById({ id: folder.id });
    const { folders } = await client.folders.listFolders(dev);
    return read.path === "/w" && folders.some((f) => f.id === folder.id);
  });
  await step("tags and secret imports", async () => {
    const tag = await client.tags.createTag({ ...dev, slug: "edge", color: "#123456" });
    await client.secrets.createSecretByName({
      ...dev,
      secretName: "TAGGED",
      secretValue: "t",
      tagSlugs: ["edge"],
    });
    const read = await client.secrets.getSecretByName({ ...dev, secretName: "TAGGED" });
    const link = await client.secretImports.createSecretImport({
      ...dev,
      secretPath: "/app",
      importEnvironment: "staging",
      importPath: "/",
    });
    const listed = await client.secretImports.listSecretImports({ ...dev, secretPath: "/app" });
    await client.secretImports.deleteSecretImport({
      ...dev,
      secretPath: "/app",
      secretImportId: link.id,
    });
    return read.tags?.[0]?.id === tag.id && listed.some((i) => i.id === link.id);
  });
  await step("kms: sign and verify data, public key, signing algorithms", async () => {
    const key = await client.kms.createKey({
      name: "signer",
      projectId: KMS_PROJECT_ID,
      encryptionAlgorithm: AsymmetricEncryption.ECC_NIST_P256,
      keyUsage: KeyUsage.SIGN_VERIFY,
    });
    const signingAlgorithm = "ECDSA_SHA_256";
    const check = { keyId: key.id, base64EncodedPlaintext: "aGk=", signingAlgorithm };
    const signature = await client.kms.signData(check);
    const valid = await client.kms.verifyData({ ...check, signature });
    const other = await client.kms.verifyData({
      ...check,
      base64EncodedPlaintext: "aG8=",
      signature,
    });
    const publicKey = await client.kms.getPublicKey({ keyId: key.id });
    const algorithms = await client.kms.listSigningAlgorithms({ keyId: key.id });
    return valid && !other && publicKey.length > 0 && algorithms.includes(signingAlgorithm);
  });
  await step("folders: update, delete", async () => {
    const folder = await client.folders.createFolder({ ...dev, name: "old" });
    const renamed = await client.folders.updateFolder({ ...dev, folderId: folder.id, name: "new" });
    const deleted = await client.folders.deleteFolder({ ...dev, folderId: folder.id });
    const { folders } = await client.folders.listFolders(dev);
    return (
      renamed.name === "new" && deleted.id === folder.id && !folders.some((f) => f.id === folder.id)
    );
  });
  await step("secrets: Python's write defaults; type personal is sent", async () => {
    const created = await client.secrets.createSecretByName({
      ...dev,
      secretName: "D",
      secretValue: "1",
    });
    const before = emulator.requests.length;
    await client.secrets
      .getSecretByName({ ...dev, secretName: "D", type: "personal" })
      .catch(() => undefined);
    const sent = emulator.requests.slice(before).map((r) => r.query.type);
    return (
      created.tags.length === 0 &&
      created.secretMetadata.length === 0 &&
      created.secretPath === "/" &&
      sent.length === 1 &&
      sent[0] === "personal"
    );
  });
  await step("secrets: loadSecrets through a Standard Schema", async () => {
    const Config = v.object({ DB_HOST: v.string(), NESTED: v.optional(v.string(), "none") });
    const config = await client.secrets.loadSecrets({ ...dev, schema: Config });
    const Strict = v.object({ DB_HOST: v.pipe(v.string(), v.email()), NOPE: v.string() });
    const error = await client.secrets.loadSecrets({ ...dev, schema: Strict }).catch((e) => e);
    return (
      config.DB_HOST === "db.internal" &&
      config.NESTED === "none" &&
      error instanceof InfisicalValidationError &&
      error.issues.map((i) => i.field).join() === "DB_HOST,NOPE" &&
      !error.message.includes("db.internal")
    );
  });
  await step("a bad option is refused before any request", async () => {
    const before = emulator.requests.length;
    const error = await client.secrets.listSecrets({ ...dev, secretPath: "../x" }).catch((e) => e);
    return error instanceof InfisicalValidationError && emulator.requests.length === before;
  });
  return results;
}

export default {
  async fetch(): Promise<Response> {
    return Response.json(await run());
  },
};
