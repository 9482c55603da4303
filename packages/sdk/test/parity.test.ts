// The object adds no behaviour: each method, given Python-shaped options, answers exactly what
// the matching area function answers for the same options in its own names, sends the same
// requests, and fails the same way. Each side runs on its own emulator, both seeded alike
// with a fixed clock, so ids, tokens and timestamps come out identical.

import {
  alibabaCloudAuth,
  awsIamAuth,
  azureAuth,
  gcpIamAuth,
  gcpIdTokenAuth,
  jwtAuth,
  kubernetesAuth,
  ldapAuth,
  ociAuth,
  oidcAuth,
  spiffeAuth,
  tokenAuth,
  universalAuth,
} from "@infisical-edge/auth";
import { type AuthMethod, createClient, type InfisicalClient } from "@infisical-edge/core";
import {
  createDynamicSecret,
  createLease,
  type DynamicSecret,
  deleteDynamicSecret,
  getDynamicSecret,
  getLease,
  renewLease,
  revokeLease,
  updateDynamicSecret,
} from "@infisical-edge/dynamic-secrets";
import type { Emulator } from "@infisical-edge/emulator";
import {
  createFolder,
  deleteFolder,
  getFolderById,
  listFolders,
  updateFolder,
} from "@infisical-edge/folders";
import {
  createKey,
  decryptData,
  deleteKey,
  encryptData,
  getKeyById,
  getKeyByName,
  getPublicKey,
  listKeys,
  listSigningAlgorithms,
  sign,
  updateKey,
  verify,
} from "@infisical-edge/kms";
import {
  createSecret,
  deleteSecret,
  getSecret,
  listSecrets,
  type Secret,
  updateSecret,
} from "@infisical-edge/secrets";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loginFixture } from "../../auth/test/fixture";
import type { LoginFixture } from "../../auth/test/runtime/cases";
import { InfisicalSDKClient } from "../src/index";
import {
  credentials,
  emulator,
  IDENTITY_ID,
  KMS_PROJECT_ID,
  machineWorld,
  PROJECT_ID,
  PROJECT_SLUG,
  SITE,
} from "./world";

const CLOCK = Date.now();
const clock = () => CLOCK;

let fixture: LoginFixture;
// Generating the machine world's key pairs is slow on a busy machine.
beforeAll(async () => {
  fixture = await loginFixture(await machineWorld());
}, 60_000);
afterEach(() => vi.restoreAllMocks());

interface Twins {
  sdk: InfisicalSDKClient;
  client: InfisicalClient;
  a: Emulator;
  b: Emulator;
}

/** Two identical worlds: the SDK object on one, a plain core client on the other. */
async function twins(login = true): Promise<Twins> {
  const [a, b] = [await emulator(clock), await emulator(clock)];
  const sdk = new InfisicalSDKClient({ host: SITE, fetch: a.fetch });
  const client = createClient({ siteUrl: SITE, fetch: b.fetch, auth: universalAuth(credentials) });
  if (login) {
    await sdk.auth.universalAuth.login(credentials);
    await client.session.token();
  }
  return { sdk, client, a, b };
}

/**
 * Runs `setup` on both worlds through the area packages, then the SDK method on one and the
 * area function on the other; both answers and both request logs must be equal.
 */
async function same<S>(
  setup: (client: InfisicalClient) => Promise<S>,
  viaSdk: (sdk: InfisicalSDKClient, s: S) => Promise<unknown>,
  viaArea: (client: InfisicalClient, s: S) => Promise<unknown>,
): Promise<unknown> {
  const t = await twins();
  const [sa, sb] = [await setup(t.sdk.client), await setup(t.client)];
  expect(sb).toEqual(sa);
  t.a.clearRequests();
  t.b.clearRequests();
  const fromSdk = await viaSdk(t.sdk, sa);
  const fromArea = await viaArea(t.client, sb);
  expect(fromSdk).toEqual(fromArea);
  expect(t.a.requests).toEqual(t.b.requests);
  expect(t.a.requests.length).toBeGreaterThan(0);
  return fromSdk;
}

const nothing = async () => undefined;

/** The object fills the Python models' defaults the server's write answers leave out. */
const pythonSecret = (secret: Secret | undefined, secretPath = "/") =>
  secret && {
    ...secret,
    tags: secret.tags ?? [],
    secretMetadata: secret.secretMetadata ?? [],
    secretPath: secret.secretPath ?? secretPath,
  };
const pythonDynamic = async (answer: Promise<DynamicSecret>, given?: unknown[]) => {
  const secret = await answer;
  return { ...secret, metadata: secret.metadata ?? given ?? [] };
};
const dev = { projectId: PROJECT_ID, environment: "dev" } as const;

describe("auth: login answers what the area method's login answers", () => {
  async function sameLogin(
    viaSdk: (sdk: InfisicalSDKClient) => Promise<unknown>,
    method: () => AuthMethod,
  ) {
    const t = await twins(false);
    const fromSdk = await viaSdk(t.sdk);
    const fromArea = await method().login({ send: t.client.sendAnonymous });
    expect(fromSdk).toEqual(fromArea);
    expect(t.a.requests).toEqual(t.b.requests);
    expect(t.a.requests).toHaveLength(1);
  }
  const f = () => fixture;
  const id = (key: string) => fixture.ids[key] as string;

  it("universalAuth", () =>
    sameLogin(
      (s) => s.auth.universalAuth.login(credentials),
      () => universalAuth(credentials),
    ));
  it("awsAuth", () => {
    const o = () => ({
      identityId: id("aws"),
      credentials: { accessKeyId: f().aws.accessKeyId, secretAccessKey: f().aws.secretAccessKey },
      region: "eu-west-1",
    });
    return sameLogin(
      (s) => s.auth.awsAuth.login(o()),
      () => awsIamAuth(o()),
    );
  });
  it("oidcAuth", () => {
    const o = () => ({ identityId: id("oidc"), jwt: f().tokens.oidc });
    return sameLogin(
      (s) => s.auth.oidcAuth.login(o()),
      () => oidcAuth(o()),
    );
  });
  it("jwtAuth", () => {
    const o = () => ({ identityId: id("jwt"), jwt: f().tokens.jwt });
    return sameLogin(
      (s) => s.auth.jwtAuth.login(o()),
      () => jwtAuth(o()),
    );
  });
  it("kubernetesAuth", () => {
    const o = () => ({ identityId: id("kubernetes"), serviceAccountToken: f().tokens.kubernetes });
    return sameLogin(
      (s) => s.auth.kubernetesAuth.login(o()),
      () => kubernetesAuth(o()),
    );
  });
  it("gcpIdTokenAuth", () => {
    const o = () => ({ identityId: id("gcpIdToken"), jwt: f().tokens.gcpIdToken });
    return sameLogin(
      (s) => s.auth.gcpIdTokenAuth.login(o()),
      () => gcpIdTokenAuth(o()),
    );
  });
  it("gcpIamAuth", () => {
    const o = () => ({ identityId: id("gcpIam"), serviceAccountKey: f().gcpServiceAccountKey });
    return sameLogin(
      (s) => s.auth.gcpIamAuth.login(o()),
      () => gcpIamAuth(o()),
    );
  });
  it("azureAuth", () => {
    const o = () => ({ identityId: id("azure"), jwt: f().tokens.azure });
    return sameLogin(
      (s) => s.auth.azureAuth.login(o()),
      () => azureAuth(o()),
    );
  });
  it("ldapAuth", () => {
    const o = () => ({ identityId: id("ldap"), ...f().ldap });
    return sameLogin(
      (s) => s.auth.ldapAuth.login(o()),
      () => ldapAuth(o()),
    );
  });
  it("spiffeAuth", () => {
    const o = () => ({ identityId: id("spiffe"), jwt: f().tokens.spiffe });
    return sameLogin(
      (s) => s.auth.spiffeAuth.login(o()),
      () => spiffeAuth(o()),
    );
  });
  it("ociAuth", () => {
    const o = () => ({
      identityId: id("oci"),
      userOcid: f().oci.userOcid,
      tenancyOcid: f().oci.tenancyOcid,
      fingerprint: f().oci.fingerprint,
      privateKey: f().oci.privateKeyPem,
      region: f().oci.region,
    });
    return sameLogin(
      (s) => s.auth.ociAuth.login(o()),
      () => ociAuth(o()),
    );
  });
  it("alibabaCloudAuth", () => {
    const o = () => ({ identityId: id("alibaba"), ...f().alibaba });
    return sameLogin(
      (s) => s.auth.alibabaCloudAuth.login(o()),
      () => alibabaCloudAuth(o()),
    );
  });
  it("tokenAuth: the token, as the area method's login gives it", async () => {
    const t = await twins(false);
    const token = t.a.issueToken(IDENTITY_ID);
    const fromArea = await tokenAuth(token).login({ send: t.client.sendAnonymous });
    expect(await t.sdk.auth.tokenAuth.login({ token })).toBe(fromArea.accessToken);
  });
});

describe("secrets", () => {
  it("listSecrets", () =>
    same(
      nothing,
      (s) =>
        s.secrets.listSecrets({
          projectSlug: PROJECT_SLUG,
          environmentSlug: "dev",
          secretPath: "/",
          expandSecretReferences: false,
          viewSecretValue: true,
          recursive: true,
          includeImports: true,
          tagFilters: ["backend"],
        }),
      (c) =>
        listSecrets(c, {
          projectSlug: PROJECT_SLUG,
          environment: "dev",
          secretPath: "/",
          expandSecretReferences: false,
          viewSecretValue: true,
          recursive: true,
          includeImports: true,
          tagSlugs: ["backend"],
        }),
    ));

  it("listSecrets with the defaults (and both project fields: the id wins)", () =>
    same(
      nothing,
      (s) =>
        s.secrets.listSecrets({
          projectId: PROJECT_ID,
          projectSlug: "ignored",
          environment: "dev",
        }),
      (c) => listSecrets(c, dev),
    ));

  it("getSecretByName", () =>
    same(
      nothing,
      (s) =>
        s.secrets.getSecretByName({
          secretName: "DB_URL",
          projectId: PROJECT_ID,
          environmentSlug: "dev",
          secretPath: "/",
          expandSecretReferences: true,
          viewSecretValue: false,
          includeImports: false,
          version: "1",
        }),
      (c) =>
        getSecret(c, {
          ...dev,
          secretName: "DB_URL",
          secretPath: "/",
          expandSecretReferences: true,
          viewSecretValue: false,
          includeImports: false,
          version: 1,
        }),
    ));

  const metadata = [{ key: "team", value: "core" }];

  it("createSecretByName", () =>
    same(
      nothing,
      (s) =>
        s.secrets.createSecretByName({
          secretName: "NEW",
          projectId: PROJECT_ID,
          environmentSlug: "dev",
          secretPath: "/app",
          secretValue: "v",
          secretComment: "c",
          skipMultilineEncoding: true,
          secretReminderRepeatDays: 7,
          secretReminderNote: "n",
          secretMetadata: metadata,
          tagsIds: ["tag_id_1"],
        }),
      async (c) =>
        pythonSecret(
          (
            await createSecret(c, {
              ...dev,
              secretName: "NEW",
              secretPath: "/app",
              secretValue: "v",
              secretComment: "c",
              skipMultilineEncoding: true,
              secretReminderRepeatDays: 7,
              secretReminderNote: "n",
              secretMetadata: metadata,
              tagIds: ["tag_id_1"],
            })
          ).secret,
          "/app",
        ),
    ));

  it("updateSecretByName", () =>
    same(
      nothing,
      (s) =>
        s.secrets.updateSecretByName({
          currentSecretName: "EXISTING_SECRET",
          projectId: PROJECT_ID,
          environmentSlug: "dev",
          secretValue: "v2",
          newSecretName: "RENAMED",
          secretComment: "c2",
          secretMetadata: metadata,
          tagsIds: ["tag_id_2"],
          secretReminderNote: null,
        }),
      async (c) =>
        pythonSecret(
          (
            await updateSecret(c, {
              ...dev,
              secretName: "EXISTING_SECRET",
              secretValue: "v2",
              newSecretName: "RENAMED",
              secretComment: "c2",
              secretMetadata: metadata,
              tagIds: ["tag_id_2"],
            })
          ).secret,
        ),
    ));

  it("deleteSecretByName", () =>
    same(
      nothing,
      (s) =>
        s.secrets.deleteSecretByName({
          secretName: "EXISTING_SECRET",
          projectSlug: PROJECT_SLUG,
          environmentSlug: "dev",
          secretPath: "/",
        }),
      async (c) =>
        pythonSecret(
          (
            await deleteSecret(c, {
              projectSlug: PROJECT_SLUG,
              environment: "dev",
              secretName: "EXISTING_SECRET",
            })
          ).secret,
        ),
    ));
});

const at = { projectSlug: PROJECT_SLUG, environmentSlug: "dev", path: "/" } as const;
const redis = {
  type: "redis",
  inputs: {
    host: "cache.internal",
    port: 6379,
    username: "default",
    password: "root-password",
    creationStatement: "ACL SETUSER {{username}} on >{{password}} ~* +@all",
    revocationStatement: "ACL DELUSER {{username}}",
  },
} as const;
const makeDynamicSecret = (c: InfisicalClient) =>
  createDynamicSecret(c, { ...at, name: "cache", provider: redis, defaultTTL: "1h", maxTTL: "1d" });
const makeLease = async (c: InfisicalClient) => {
  await makeDynamicSecret(c);
  return (await createLease(c, { ...at, dynamicSecretName: "cache" })).lease.id;
};

describe("dynamicSecrets", () => {
  it("create", () =>
    same(
      nothing,
      (s) =>
        s.dynamicSecrets.create({
          name: "cache",
          providerType: "redis",
          inputs: redis.inputs,
          defaultTtl: "1h",
          maxTtl: "1d",
          projectSlug: PROJECT_SLUG,
          environment: "dev",
          metadata: [{ key: "team", value: "core" }],
          usernameTemplate: "{{randomUsername}}",
        }),
      (c) =>
        pythonDynamic(
          createDynamicSecret(c, {
            ...at,
            name: "cache",
            provider: redis,
            defaultTTL: "1h",
            maxTTL: "1d",
            metadata: [{ key: "team", value: "core" }],
            usernameTemplate: "{{randomUsername}}",
          }),
          [{ key: "team", value: "core" }],
        ),
    ));

  it("getByName", () =>
    same(
      makeDynamicSecret,
      (s) => s.dynamicSecrets.getByName({ ...at, name: "cache" }),
      (c) => getDynamicSecret(c, { ...at, name: "cache" }),
    ));

  it("update", () =>
    same(
      makeDynamicSecret,
      (s) =>
        s.dynamicSecrets.update({
          ...at,
          name: "cache",
          defaultTtl: "2h",
          maxTtl: "2d",
          newName: "cache-2",
          inputs: { port: 6380 },
          metadata: [{ key: "k", value: "v" }],
          usernameTemplate: "app-{{unixTimestamp}}",
        }),
      (c) =>
        pythonDynamic(
          updateDynamicSecret(c, {
            ...at,
            name: "cache",
            defaultTTL: "2h",
            maxTTL: "2d",
            newName: "cache-2",
            inputs: { port: 6380 },
            metadata: [{ key: "k", value: "v" }],
            usernameTemplate: "app-{{unixTimestamp}}",
          }),
          [{ key: "k", value: "v" }],
        ),
    ));

  it("delete", () =>
    same(
      makeLease,
      (s) => s.dynamicSecrets.delete({ ...at, name: "cache", isForced: true }),
      (c) => pythonDynamic(deleteDynamicSecret(c, { ...at, name: "cache", isForced: true })),
    ));

  it("leases.create", () =>
    same(
      makeDynamicSecret,
      (s) => s.dynamicSecrets.leases.create({ ...at, dynamicSecretName: "cache", ttl: "30m" }),
      (c) => createLease(c, { ...at, dynamicSecretName: "cache", ttl: "30m" }),
    ));

  it("leases.get", () =>
    same(
      makeLease,
      (s, leaseId) => s.dynamicSecrets.leases.get({ ...at, leaseId }),
      (c, leaseId) => getLease(c, { ...at, leaseId }),
    ));

  it("leases.renew", () =>
    same(
      makeLease,
      (s, leaseId) => s.dynamicSecrets.leases.renew({ ...at, leaseId, ttl: "2h" }),
      (c, leaseId) => renewLease(c, { ...at, leaseId, ttl: "2h" }),
    ));

  it("leases.revoke", () =>
    same(
      makeLease,
      (s, leaseId) => s.dynamicSecrets.leases.revoke({ ...at, leaseId, isForced: false }),
      (c, leaseId) => revokeLease(c, { ...at, leaseId, isForced: false }),
    ));
});

describe("kms", () => {
  // Key material and IVs come from getRandomValues: fixed bytes make both worlds alike.
  const fixedRandom = () =>
    vi
      .spyOn(globalThis.crypto, "getRandomValues")
      .mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
        if (array) new Uint8Array(array.buffer, array.byteOffset, array.byteLength).fill(7);
        return array;
      });
  const makeKey = async (c: InfisicalClient) =>
    (await createKey(c, { projectId: KMS_PROJECT_ID, name: "k1" })).id;

  it("listKeys", () =>
    same(
      makeKey,
      (s) =>
        s.kms.listKeys({
          projectId: KMS_PROJECT_ID,
          offset: 0,
          limit: 10,
          orderBy: "name",
          orderDirection: "desc",
          search: "k",
        }),
      (c) =>
        listKeys(c, {
          projectId: KMS_PROJECT_ID,
          offset: 0,
          limit: 10,
          orderBy: "name",
          orderDirection: "desc",
          search: "k",
        }),
    ));

  it("getKeyById", () =>
    same(
      makeKey,
      (s, keyId) => s.kms.getKeyById({ keyId }),
      (c, keyId) => getKeyById(c, { keyId }),
    ));

  it("getKeyByName", () =>
    same(
      makeKey,
      (s) => s.kms.getKeyByName({ keyName: "k1", projectId: KMS_PROJECT_ID }),
      (c) => getKeyByName(c, { keyName: "k1", projectId: KMS_PROJECT_ID }),
    ));

  it("createKey", () =>
    same(
      nothing,
      (s) =>
        s.kms.createKey({
          name: "k2",
          projectId: KMS_PROJECT_ID,
          encryptionAlgorithm: "aes-128-gcm",
          description: "d",
        }),
      (c) =>
        createKey(c, {
          name: "k2",
          projectId: KMS_PROJECT_ID,
          encryptionAlgorithm: "aes-128-gcm",
          description: "d",
        }),
    ));

  it("updateKey", () =>
    same(
      makeKey,
      (s, keyId) => s.kms.updateKey({ keyId, name: "k3", description: "d", isDisabled: true }),
      (c, keyId) => updateKey(c, { keyId, name: "k3", description: "d", isDisabled: true }),
    ));

  it("deleteKey", () =>
    same(
      makeKey,
      (s, keyId) => s.kms.deleteKey({ keyId }),
      (c, keyId) => deleteKey(c, { keyId }),
    ));

  it("encryptData", async () => {
    fixedRandom();
    const ciphertext = await same(
      makeKey,
      (s, keyId) => s.kms.encryptData({ keyId, base64EncodedPlaintext: "aGVsbG8=" }),
      (c, keyId) => encryptData(c, { keyId, plaintext: "aGVsbG8=" }),
    );
    expect(ciphertext).not.toBe("aGVsbG8=");
  });

  it("decryptData", async () => {
    fixedRandom();
    const plaintext = await same(
      async (c) => {
        const keyId = await makeKey(c);
        return { keyId, ciphertext: await encryptData(c, { keyId, plaintext: "aGVsbG8=" }) };
      },
      (s, o) => s.kms.decryptData(o),
      (c, o) => decryptData(c, o),
    );
    expect(plaintext).toBe("aGVsbG8=");
  });
});

describe("kms signing", () => {
  const makeSigner = async (c: InfisicalClient) =>
    (
      await createKey(c, {
        projectId: KMS_PROJECT_ID,
        name: "signer",
        keyUsage: "sign-verify",
        encryptionAlgorithm: "ECC_NIST_P256",
      })
    ).id;
  const signed = async (c: InfisicalClient) => {
    const keyId = await makeSigner(c);
    const { signature } = await sign(c, { keyId, data: "hi", signingAlgorithm: "ECDSA_SHA_256" });
    return { keyId, signature };
  };

  // Key pairs are random in each world: compare the requests and what does not depend on them.
  async function sameRequests<S, R>(
    setup: (client: InfisicalClient) => Promise<S>,
    viaSdk: (sdk: InfisicalSDKClient, s: S) => Promise<R>,
    viaArea: (client: InfisicalClient, s: S) => Promise<R>,
    comparable: (answer: R) => unknown,
  ) {
    const t = await twins();
    const [sa, sb] = [await setup(t.sdk.client), await setup(t.client)];
    t.a.clearRequests();
    t.b.clearRequests();
    const fromSdk = await viaSdk(t.sdk, sa);
    const fromArea = await viaArea(t.client, sb);
    expect(t.a.requests).toEqual(t.b.requests);
    expect(t.a.requests.length).toBeGreaterThan(0);
    expect(comparable(fromSdk)).toEqual(comparable(fromArea));
  }

  it("getPublicKey", () =>
    sameRequests(
      makeSigner,
      (s, keyId) => s.kms.getPublicKey({ keyId }),
      (c, keyId) => getPublicKey(c, { keyId }),
      (publicKey) => publicKey.length,
    ));

  it("listSigningAlgorithms", () =>
    same(
      makeSigner,
      (s, keyId) => s.kms.listSigningAlgorithms({ keyId }),
      (c, keyId) => listSigningAlgorithms(c, { keyId }),
    ));

  it("verifyData (base64 data) as verify (bytes)", () =>
    sameRequests(
      signed,
      (s, o) =>
        s.kms.verifyData({
          ...o,
          base64EncodedPlaintext: "aGk=",
          signingAlgorithm: "ECDSA_SHA_256",
        }),
      async (c, o) =>
        (await verify(c, { ...o, data: "hi", signingAlgorithm: "ECDSA_SHA_256" })).signatureValid,
      (answer) => answer,
    ));

  it("signData (base64 data) as sign (bytes)", () =>
    sameRequests(
      makeSigner,
      (s, keyId) =>
        s.kms.signData({
          keyId,
          base64EncodedPlaintext: "aGk=",
          signingAlgorithm: "ECDSA_SHA_256",
        }),
      async (c, keyId) =>
        (await sign(c, { keyId, data: "hi", signingAlgorithm: "ECDSA_SHA_256" })).signature,
      // ECDSA signatures are randomized.
      (signature) => signature.length > 0,
    ));
});

describe("folders", () => {
  it("updateFolder", () =>
    same(
      async (c) => (await createFolder(c, { ...dev, name: "f", path: "/app" })).id,
      (s, folderId) =>
        s.folders.updateFolder({
          projectId: PROJECT_ID,
          environmentSlug: "dev",
          path: "/app",
          folderId,
          name: "g",
          description: "d",
        }),
      (c, folderId) =>
        updateFolder(c, { ...dev, path: "/app", folderId, name: "g", description: "d" }),
    ));

  it("deleteFolder", () =>
    same(
      async (c) => (await createFolder(c, { ...dev, name: "f" })).id,
      (s, folderId) =>
        s.folders.deleteFolder({ projectSlug: PROJECT_SLUG, environmentSlug: "dev", folderId }),
      (c, folderId) => deleteFolder(c, { projectSlug: PROJECT_SLUG, environment: "dev", folderId }),
    ));

  it("listFolders: { folders } around the area's list", () =>
    same(
      nothing,
      async (s) =>
        (
          await s.folders.listFolders({
            projectId: PROJECT_ID,
            environmentSlug: "dev",
            path: "/",
            recursive: true,
          })
        ).folders,
      (c) => listFolders(c, { ...dev, path: "/", recursive: true }),
    ));

  it("createFolder", () =>
    same(
      nothing,
      (s) =>
        s.folders.createFolder({
          name: "f",
          environmentSlug: "dev",
          projectId: PROJECT_ID,
          path: "/app",
          description: "d",
        }),
      (c) => createFolder(c, { ...dev, name: "f", path: "/app", description: "d" }),
    ));

  it("getFolderById", () =>
    same(
      async (c) => (await createFolder(c, { ...dev, name: "f" })).id,
      (s, id) => s.folders.getFolderById({ id }),
      (c, folderId) => getFolderById(c, { folderId }),
    ));
});

describe("failures are the area's own", () => {
  /** The same error, but for a field the SDK takes under another name (`area` → `sdk`). */
  async function sameFailure(
    viaSdk: (sdk: InfisicalSDKClient) => Promise<unknown>,
    viaArea: (client: InfisicalClient) => Promise<unknown>,
    renamed?: { area: string; sdk: string },
  ) {
    const t = await twins();
    const fromSdk = await viaSdk(t.sdk).then(
      () => expect.fail("the SDK call succeeded"),
      (e: unknown) => e,
    );
    const fromArea = await viaArea(t.client).then(
      () => expect.fail("the area call succeeded"),
      (e: unknown) => e,
    );
    expect(fromSdk).toBeInstanceOf((fromArea as Error).constructor);
    // The field as a JSON value and in the message.
    const spelled = (text: string) =>
      renamed
        ? text
            .replaceAll(`"${renamed.area}"`, `"${renamed.sdk}"`)
            .replaceAll(`Invalid ${renamed.area}:`, `Invalid ${renamed.sdk}:`)
        : text;
    expect(JSON.parse(spelled(JSON.stringify(fromArea)))).toEqual(
      JSON.parse(JSON.stringify(fromSdk)),
    );
    expect(String(fromSdk)).toBe(spelled(String(fromArea)));
    if (renamed) expect(String(fromSdk)).toContain(renamed.sdk);
  }

  it("a missing secret", () =>
    sameFailure(
      (s) => s.secrets.getSecretByName({ ...dev, secretName: "NOPE" }),
      (c) => getSecret(c, { ...dev, secretName: "NOPE" }),
    ));

  it("a bad option, refused before any request, named as the caller spelled it", () =>
    sameFailure(
      (s) => s.secrets.listSecrets({ projectId: PROJECT_ID, environmentSlug: "not a slug" }),
      (c) => listSecrets(c, { projectId: PROJECT_ID, environment: "not a slug" }),
      { area: "environment", sdk: "environmentSlug" },
    ));

  it("neither projectId nor projectSlug", () =>
    sameFailure(
      (s) => s.folders.listFolders({ environmentSlug: "dev" }),
      (c) => listFolders(c, { environment: "dev" }),
    ));

  it("a TTL longer than the maximum", () =>
    sameFailure(
      (s) =>
        s.dynamicSecrets.create({
          ...at,
          name: "x",
          providerType: "redis",
          inputs: redis.inputs,
          defaultTtl: "2d",
          maxTtl: "1d",
        }),
      (c) =>
        createDynamicSecret(c, {
          ...at,
          name: "x",
          provider: redis,
          defaultTTL: "2d",
          maxTTL: "1d",
        }),
      { area: "defaultTTL", sdk: "defaultTtl" },
    ));
});

// Python passes None for an option it leaves out: null is "not given" on every such option.
describe("null means not given", () => {
  it("updateSecretByName: secretValue, skipMultilineEncoding and secretPath", () =>
    same(
      nothing,
      (s) =>
        s.secrets.updateSecretByName({
          currentSecretName: "EXISTING_SECRET",
          projectId: PROJECT_ID,
          environmentSlug: "dev",
          secretPath: null,
          secretValue: null,
          skipMultilineEncoding: null,
          secretComment: "c",
        }),
      async (c) =>
        pythonSecret(
          (await updateSecret(c, { ...dev, secretName: "EXISTING_SECRET", secretComment: "c" }))
            .secret,
        ),
    ));

  it("listSecrets: secretPath", () =>
    same(
      nothing,
      (s) =>
        s.secrets.listSecrets({ projectId: PROJECT_ID, environmentSlug: "dev", secretPath: null }),
      (c) => listSecrets(c, dev),
    ));

  it("dynamicSecrets.delete: isForced", () =>
    same(
      makeDynamicSecret,
      (s) => s.dynamicSecrets.delete({ ...at, name: "cache", isForced: null }),
      (c) => pythonDynamic(deleteDynamicSecret(c, { ...at, name: "cache" })),
    ));

  it("folders.deleteFolder: forceDelete", () =>
    same(
      async (c) => (await createFolder(c, { ...dev, name: "gone", path: "/" })).id,
      (s, folderId) =>
        s.folders.deleteFolder({
          projectId: PROJECT_ID,
          environmentSlug: "dev",
          folderId,
          forceDelete: null,
        }),
      (c, folderId) => deleteFolder(c, { ...dev, folderId }),
    ));
});
