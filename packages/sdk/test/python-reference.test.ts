// The Python SDK reference, walked example by example: every documented call, with the
// documented parameters (placeholders like "<project-id>" replaced by this world's ids), run
// against the emulator, each result checked. One test per example, each on a fresh emulator.

import { afterEach, describe, expect, it, vi } from "vitest";
import { aws, ids, PROJECT } from "../../auth/test/world";
import {
  DynamicSecretProviders,
  InfisicalSDKClient,
  KmsKeysOrderBy,
  OrderDirection,
  SymmetricEncryption,
} from "../src/index";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  connected,
  IDENTITY_ID,
  KMS_PROJECT_ID,
  machineWorld,
  PROJECT_ID,
  PROJECT_SLUG,
  SITE,
  sdkOn,
} from "./world";

afterEach(() => vi.unstubAllEnvs());

/** Every field of the Python SDK's `BaseSecret` that the server sends for this route. */
const BASE_SECRET_FIELDS = [
  "id",
  "_id",
  "workspace",
  "environment",
  "version",
  "type",
  "secretKey",
  "secretValue",
  "secretComment",
  "createdAt",
  "updatedAt",
  "secretReminderNote",
  "secretReminderRepeatDays",
  "skipMultilineEncoding",
];
const LOGIN_FIELDS = ["accessToken", "expiresIn", "accessTokenMaxTTL", "tokenType"];
const KMS_KEY_FIELDS = [
  "id",
  "description",
  "isDisabled",
  "orgId",
  "name",
  "createdAt",
  "updatedAt",
  "projectId",
  "version",
  "encryptionAlgorithm",
];
const DYNAMIC_SECRET_FIELDS = [
  "id",
  "name",
  "version",
  "type",
  "folderId",
  "createdAt",
  "updatedAt",
  "defaultTTL",
  "maxTTL",
  "status",
  "statusDetails",
  "usernameTemplate",
]; // `metadata` and `inputs` too, but the server sends them only from get (see the recordings)
const LEASE_FIELDS = [
  "id",
  "expireAt",
  "createdAt",
  "updatedAt",
  "version",
  "dynamicSecretId",
  "externalEntityId",
];
const FOLDER_FIELDS = ["id", "name", "createdAt", "updatedAt", "envId", "version", "parentId"];

const hasFields = (value: object, fields: string[]) =>
  expect(Object.keys(value)).toEqual(expect.arrayContaining(fields));

describe("Getting started", () => {
  it("host, universal auth login, then list_secrets", async () => {
    const { emulator } = await sdkOn();
    const client = new InfisicalSDKClient({ host: SITE, fetch: emulator.fetch });
    await client.auth.universalAuth.login({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    const secrets = await client.secrets.listSecrets({
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      secretPath: "/",
    });
    expect(secrets.secrets.map((s) => s.secretKey).sort()).toEqual([
      "DB_HOST",
      "DB_URL",
      "EXISTING_SECRET",
    ]);
  });
});

describe("InfisicalSDKClient parameters", () => {
  it("host, token, cache_ttl = 300: no login, one request until 300 s have passed", async () => {
    const { emulator } = await sdkOn();
    const token = emulator.issueToken(IDENTITY_ID, { ttl: 3600 });
    const client = new InfisicalSDKClient({
      host: SITE,
      token,
      cacheTtl: 300,
      fetch: emulator.fetch,
      now: () => emulator.now(), // one clock for both sides: advancing it ages the cache
    });
    const read = { projectId: PROJECT_ID, environmentSlug: "dev", secretName: "EXISTING_SECRET" };
    const reads = () => emulator.count({ path: "/api/v4/secrets/EXISTING_SECRET" });
    expect((await client.secrets.getSecretByName(read)).secretValue).toBe("existing-value");
    emulator.advanceClock(299_000);
    await client.secrets.getSecretByName(read);
    expect(reads()).toBe(1);
    emulator.advanceClock(2_000); // 301 s after the first read
    expect((await client.secrets.getSecretByName(read)).secretValue).toBe("existing-value");
    expect(reads()).toBe(2);
    expect(emulator.count({ path: /login$/ })).toBe(0);
  });

  it("cache_ttl = None disables caching", async () => {
    const { emulator } = await sdkOn();
    const client = new InfisicalSDKClient({
      host: SITE,
      token: emulator.issueToken(IDENTITY_ID),
      cacheTtl: null,
      fetch: emulator.fetch,
    });
    const read = { projectId: PROJECT_ID, environmentSlug: "dev", secretName: "EXISTING_SECRET" };
    await client.secrets.getSecretByName(read);
    await client.secrets.getSecretByName(read);
    expect(emulator.count({ path: "/api/v4/secrets/EXISTING_SECRET" })).toBe(2);
  });

  it("host defaults to https://app.infisical.com", () => {
    expect(new InfisicalSDKClient().client.siteUrl).toBe("https://app.infisical.com");
  });
});

describe("auth", () => {
  it("universal_auth.login(client_id, client_secret)", async () => {
    const { sdk: client, emulator } = await sdkOn();
    const response = await client.auth.universalAuth.login({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
    });
    hasFields(response, LOGIN_FIELDS);
    expect(response).toMatchObject({ expiresIn: 3600, accessTokenMaxTTL: 86_400 });
    expect(response.tokenType).toBe("Bearer");
    // The object now uses that login: the next call sends no second one.
    await client.secrets.listSecrets({ projectId: PROJECT_ID, environmentSlug: "dev" });
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
  });

  it("aws_auth.login(identity_id), credentials from the AWS_* environment", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", aws.accessKeyId);
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", aws.secretAccessKey);
    vi.stubEnv("AWS_SESSION_TOKEN", "");
    const { sdk: client, emulator } = await sdkOn();
    const response = await client.auth.awsAuth.login({ identityId: ids.aws });
    hasFields(response, LOGIN_FIELDS);
    expect(response.expiresIn).toBe(600);
    const { secrets } = await client.secrets.listSecrets({
      projectId: PROJECT,
      environmentSlug: "dev",
    });
    expect(secrets.map((s) => s.secretKey)).toEqual(["K"]);
    expect(emulator.count({ path: "/api/v1/auth/aws-auth/login" })).toBe(1);
  });

  it("oidc_auth.login(identity_id, jwt)", async () => {
    const world = await machineWorld();
    const { sdk: client, emulator } = await sdkOn();
    const response = await client.auth.oidcAuth.login({
      identityId: ids.oidc,
      jwt: await world.tokens.oidc(),
    });
    hasFields(response, LOGIN_FIELDS);
    expect(emulator.count({ path: "/api/v1/auth/oidc-auth/login" })).toBe(1);
  });

  it("token_auth.login(token) answers the token and uses it", async () => {
    const { sdk: client, emulator } = await sdkOn();
    const token = emulator.issueToken(IDENTITY_ID);
    expect(await client.auth.tokenAuth.login({ token })).toBe(token);
    const secret = await client.secrets.getSecretByName({
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      secretName: "EXISTING_SECRET",
    });
    expect(secret.secretValue).toBe("existing-value");
    expect(emulator.count({ path: /login$/ })).toBe(0);
  });
});

describe("secrets", () => {
  it("list_secrets with every documented parameter", async () => {
    const { sdk: client, emulator } = await connected();
    const secrets = await client.secrets.listSecrets({
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      secretPath: "/",
      expandSecretReferences: true,
      viewSecretValue: true,
      recursive: false,
      includeImports: true,
      tagFilters: [],
    });
    expect(Object.keys(secrets).sort()).toEqual(["imports", "secrets"]);
    for (const secret of secrets.secrets) hasFields(secret, BASE_SECRET_FIELDS);
    const values = Object.fromEntries(secrets.secrets.map((s) => [s.secretKey, s.secretValue]));
    expect(values).toEqual({
      DB_HOST: "db.internal",
      DB_URL: "postgres://db.internal/app",
      EXISTING_SECRET: "existing-value",
    });
    expect(secrets.imports.flatMap((i) => i.secrets.map((s) => s.secretKey))).toEqual([
      "FROM_STAGING",
    ]);
    expect(emulator.requests.at(-1)?.query).toMatchObject({
      expandSecretReferences: "true",
      viewSecretValue: "true",
      recursive: "false",
      includeImports: "true",
    });
    expect(emulator.requests.at(-1)?.query).not.toHaveProperty("tagSlugs");
  });

  it("list_secrets: project_slug, tag_filters, recursive, view_secret_value=false", async () => {
    const { sdk: client } = await connected();
    const tagged = await client.secrets.listSecrets({
      projectSlug: PROJECT_SLUG,
      environmentSlug: "dev",
      secretPath: "/",
      tagFilters: ["backend"],
    });
    expect(tagged.secrets.map((s) => s.secretKey)).toEqual(["DB_HOST"]);
    const all = await client.secrets.listSecrets({
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      secretPath: "/",
      recursive: true,
      viewSecretValue: false,
      expandSecretReferences: false,
      includeImports: false,
    });
    expect(all.secrets.map((s) => s.secretKey).sort()).toEqual([
      "DB_HOST",
      "DB_URL",
      "EXISTING_SECRET",
      "NESTED",
    ]);
    expect(all.secrets.every((s) => s.secretValue === "<hidden-by-infisical>")).toBe(true);
    expect(all.imports).toEqual([]);
  });

  it("create_secret_by_name with every documented parameter", async () => {
    const { sdk: client } = await connected();
    const newSecret = await client.secrets.createSecretByName({
      secretName: "NEW_SECRET",
      projectId: PROJECT_ID,
      secretPath: "/",
      environmentSlug: "dev",
      secretValue: "secret_value",
      secretComment: "Optional comment",
      skipMultilineEncoding: false,
      secretReminderRepeatDays: 30,
      secretReminderNote: "Remember to update this secret",
      secretMetadata: [{ key: "metadata_key", value: "metadata_value" }],
      tagsIds: ["tag_id_1", "tag_id_2"],
    });
    hasFields(newSecret, BASE_SECRET_FIELDS);
    expect(newSecret).toMatchObject({
      secretKey: "NEW_SECRET",
      secretValue: "secret_value",
      secretComment: "Optional comment",
      skipMultilineEncoding: false,
      // A real server accepts reminders on a v4 create and ignores them (recorded walk,
      // issue 17): they come back null, here as there.
      secretReminderRepeatDays: null,
      secretReminderNote: null,
      workspace: PROJECT_ID,
      environment: "dev",
      version: 1,
      type: "shared",
    });
    const read = await client.secrets.getSecretByName({
      secretName: "NEW_SECRET",
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      secretPath: "/",
    });
    expect(read.tags?.map((t) => t.id).sort()).toEqual(["tag_id_1", "tag_id_2"]);
    expect(read.secretMetadata).toEqual([
      expect.objectContaining({ key: "metadata_key", value: "metadata_value" }),
    ]);
  });

  it("update_secret_by_name with every documented parameter (project_id wins over project_slug)", async () => {
    const { sdk: client, emulator } = await connected();
    const updatedSecret = await client.secrets.updateSecretByName({
      currentSecretName: "EXISTING_SECRET",
      projectId: PROJECT_ID,
      projectSlug: "<project-slug>",
      secretPath: "/",
      environmentSlug: "dev",
      secretValue: "new_secret_value",
      secretComment: "Updated comment",
      skipMultilineEncoding: false,
      secretReminderRepeatDays: 30,
      secretReminderNote: "Updated reminder note",
      newSecretName: "NEW_NAME",
      secretMetadata: [{ key: "metadata_key", value: "metadata_value" }],
      tagsIds: ["tag_id_1", "tag_id_2"],
    });
    hasFields(updatedSecret, BASE_SECRET_FIELDS);
    expect(updatedSecret).toMatchObject({
      secretKey: "NEW_NAME",
      secretValue: "new_secret_value",
      secretComment: "Updated comment",
      secretReminderRepeatDays: 30,
      secretReminderNote: "Updated reminder note",
      version: 2,
    });
    // The slug (not even a valid one) was never looked up.
    expect(emulator.count({ path: /^\/api\/v2\/workspace\// })).toBe(0);
    const renamed = await client.secrets.getSecretByName({
      secretName: "NEW_NAME",
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      secretPath: "/",
    });
    expect(renamed.tags?.map((t) => t.id).sort()).toEqual(["tag_id_1", "tag_id_2"]);
  });

  it("get_secret_by_name with every documented parameter", async () => {
    const { sdk: client } = await connected();
    const secret = await client.secrets.getSecretByName({
      secretName: "EXISTING_SECRET",
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      secretPath: "/",
      expandSecretReferences: true,
      viewSecretValue: true,
      includeImports: true,
      version: null,
    });
    hasFields(secret, [...BASE_SECRET_FIELDS, "secretValueHidden", "secretPath", "tags"]);
    expect(secret).toMatchObject({
      secretKey: "EXISTING_SECRET",
      secretValue: "existing-value",
      secretValueHidden: false,
      secretPath: "/",
    });
  });

  it("get_secret_by_name: a version (as a string), a hidden value, an imported name", async () => {
    const { sdk: client } = await connected({ cacheTtl: null });
    const at = { projectId: PROJECT_ID, environmentSlug: "dev", secretPath: "/" };
    await client.secrets.updateSecretByName({
      ...at,
      currentSecretName: "EXISTING_SECRET",
      secretValue: "v2",
    });
    const v1 = await client.secrets.getSecretByName({
      ...at,
      secretName: "EXISTING_SECRET",
      version: "1",
    });
    expect(v1.secretValue).toBe("existing-value");
    const hidden = await client.secrets.getSecretByName({
      ...at,
      secretName: "EXISTING_SECRET",
      viewSecretValue: false,
    });
    expect(hidden).toMatchObject({ secretValue: "<hidden-by-infisical>", secretValueHidden: true });
    const imported = await client.secrets.getSecretByName({ ...at, secretName: "FROM_STAGING" });
    expect(imported.secretValue).toBe("imported-value");
  });

  it("delete_secret_by_name", async () => {
    const { sdk: client } = await connected();
    const deletedSecret = await client.secrets.deleteSecretByName({
      secretName: "EXISTING_SECRET",
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      secretPath: "/",
    });
    hasFields(deletedSecret, BASE_SECRET_FIELDS);
    expect(deletedSecret.secretKey).toBe("EXISTING_SECRET");
    const { secrets } = await client.secrets.listSecrets({
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      secretPath: "/",
    });
    expect(secrets.map((s) => s.secretKey)).not.toContain("EXISTING_SECRET");
  });
});

/** The reference's `create` example, as written. */
const createPostgresDev = (client: InfisicalSDKClient) =>
  client.dynamicSecrets.create({
    name: "postgres-dev",
    providerType: DynamicSecretProviders.SQL_DATABASE,
    inputs: {
      client: "postgres",
      host: "localhost",
      port: 5432,
      database: "mydb",
      username: "admin",
      password: "admin-password",
      creationStatement: "CREATE USER \"{{username}}\" WITH PASSWORD '{{password}}';",
      revocationStatement: 'DROP USER "{{username}}";',
    },
    defaultTtl: "1h",
    maxTtl: "24h",
    projectSlug: "my-project",
    environmentSlug: "dev",
    path: "/",
    metadata: [{ key: "team", value: "backend" }],
  });

/** The reference's leases.create example, as written. */
const createLease = (client: InfisicalSDKClient) =>
  client.dynamicSecrets.leases.create({
    dynamicSecretName: "postgres-dev",
    projectSlug: "my-project",
    environmentSlug: "dev",
    path: "/",
    ttl: "30m",
  });

const leaseAt = { projectSlug: "my-project", environmentSlug: "dev", path: "/" };

describe("dynamic_secrets", () => {
  it("create", async () => {
    const { sdk: client } = await connected();
    const dynamicSecret = await createPostgresDev(client);
    hasFields(dynamicSecret, DYNAMIC_SECRET_FIELDS);
    expect(dynamicSecret).toMatchObject({
      name: "postgres-dev",
      type: "sql-database",
      defaultTTL: "1h",
      maxTTL: "24h",
    });
    const read = await client.dynamicSecrets.getByName({ ...leaseAt, name: "postgres-dev" });
    expect(read.metadata).toEqual([expect.objectContaining({ key: "team", value: "backend" })]);
  });

  it("get_by_name", async () => {
    const { sdk: client } = await connected();
    const created = await createPostgresDev(client);
    const dynamicSecret = await client.dynamicSecrets.getByName({
      name: "postgres-dev",
      projectSlug: "my-project",
      environmentSlug: "dev",
      path: "/",
    });
    hasFields(dynamicSecret, [...DYNAMIC_SECRET_FIELDS, "metadata", "inputs"]);
    expect(dynamicSecret).toMatchObject({ id: created.id, name: "postgres-dev" });
    expect(dynamicSecret.inputs).toMatchObject({ host: "localhost", database: "mydb" });
  });

  it("update with every documented parameter", async () => {
    const { sdk: client } = await connected();
    await createPostgresDev(client);
    const updatedSecret = await client.dynamicSecrets.update({
      name: "postgres-dev",
      projectSlug: "my-project",
      environmentSlug: "dev",
      path: "/",
      defaultTtl: "2h",
      maxTtl: "48h",
      newName: "postgres-dev-updated",
      inputs: { port: 5433 },
      metadata: [{ key: "team", value: "platform" }],
      usernameTemplate: "dev-{{identity.name}}",
    });
    hasFields(updatedSecret, DYNAMIC_SECRET_FIELDS);
    expect(updatedSecret).toMatchObject({
      name: "postgres-dev-updated",
      defaultTTL: "2h",
      maxTTL: "48h",
      usernameTemplate: "dev-{{identity.name}}",
    });
    const read = await client.dynamicSecrets.getByName({
      ...leaseAt,
      name: "postgres-dev-updated",
    });
    expect(read.inputs).toMatchObject({ port: 5433, host: "localhost" });
    expect(read.metadata).toEqual([expect.objectContaining({ key: "team", value: "platform" })]);
  });

  it("delete (is_forced=False)", async () => {
    const { sdk: client } = await connected();
    await createPostgresDev(client);
    const deletedSecret = await client.dynamicSecrets.delete({
      name: "postgres-dev",
      projectSlug: "my-project",
      environmentSlug: "dev",
      path: "/",
      isForced: false,
    });
    hasFields(deletedSecret, DYNAMIC_SECRET_FIELDS);
    expect(deletedSecret.name).toBe("postgres-dev");
    await expect(
      client.dynamicSecrets.getByName({ ...leaseAt, name: "postgres-dev" }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe("dynamic_secrets.leases", () => {
  it("create: lease, dynamicSecret and the credentials in data", async () => {
    const { sdk: client } = await connected();
    await createPostgresDev(client);
    const leaseResponse = await createLease(client);
    expect(Object.keys(leaseResponse)).toEqual(
      expect.arrayContaining(["lease", "dynamicSecret", "data"]),
    );
    const username = leaseResponse.data.DB_USERNAME;
    const password = leaseResponse.data.DB_PASSWORD;
    const leaseId = leaseResponse.lease.id;
    expect([typeof username, typeof password, typeof leaseId]).toEqual([
      "string",
      "string",
      "string",
    ]);
    hasFields(leaseResponse.lease, LEASE_FIELDS);
    expect(leaseResponse.dynamicSecret.name).toBe("postgres-dev");
    const ttl =
      Date.parse(leaseResponse.lease.expireAt) - Date.parse(leaseResponse.lease.createdAt);
    expect(Math.round(ttl / 1000)).toBe(30 * 60);
  });

  it("get: the lease with its dynamicSecret", async () => {
    const { sdk: client } = await connected();
    await createPostgresDev(client);
    const created = await createLease(client);
    const lease = await client.dynamicSecrets.leases.get({
      leaseId: created.lease.id,
      projectSlug: "my-project",
      environmentSlug: "dev",
      path: "/",
    });
    hasFields(lease, [...LEASE_FIELDS, "dynamicSecret"]);
    expect(lease.id).toBe(created.lease.id);
    expect(lease.dynamicSecret.name).toBe("postgres-dev");
  });

  it("renew (ttl = 2h) extends the expiry", async () => {
    const { sdk: client } = await connected();
    await createPostgresDev(client);
    const created = await createLease(client);
    const renewedLease = await client.dynamicSecrets.leases.renew({
      leaseId: created.lease.id,
      projectSlug: "my-project",
      environmentSlug: "dev",
      path: "/",
      ttl: "2h",
    });
    hasFields(renewedLease, LEASE_FIELDS);
    const added = Date.parse(renewedLease.expireAt) - Date.parse(created.lease.expireAt);
    expect(Math.round(added / 1000)).toBe(2 * 3600);
  });

  it("revoke (is_forced=False)", async () => {
    const { sdk: client } = await connected();
    await createPostgresDev(client);
    const created = await createLease(client);
    const revokedLease = await client.dynamicSecrets.leases.revoke({
      leaseId: created.lease.id,
      projectSlug: "my-project",
      environmentSlug: "dev",
      path: "/",
      isForced: false,
    });
    hasFields(revokedLease, LEASE_FIELDS);
    expect(revokedLease.id).toBe(created.lease.id);
    await expect(
      client.dynamicSecrets.leases.get({ ...leaseAt, leaseId: created.lease.id }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

/** The reference's create_key example, as written. */
const createMyKey = (client: InfisicalSDKClient) =>
  client.kms.createKey({
    name: "my-key",
    projectId: KMS_PROJECT_ID,
    encryptionAlgorithm: SymmetricEncryption.AES_GCM_256,
    description: null,
  });

describe("kms", () => {
  it("list_keys with every documented parameter", async () => {
    const { sdk: client } = await connected();
    const created = await createMyKey(client);
    const kmsKeys = await client.kms.listKeys({
      projectId: KMS_PROJECT_ID,
      offset: 0,
      limit: 100,
      orderBy: KmsKeysOrderBy.NAME,
      orderDirection: OrderDirection.ASC,
      search: null,
    });
    expect(kmsKeys.totalCount).toBe(1);
    expect(kmsKeys.keys.map((k) => k.id)).toEqual([created.id]);
    hasFields(kmsKeys.keys[0] as object, KMS_KEY_FIELDS);
  });

  it("get_key_by_id", async () => {
    const { sdk: client } = await connected();
    const created = await createMyKey(client);
    const kmsKey = await client.kms.getKeyById({ keyId: created.id });
    hasFields(kmsKey, KMS_KEY_FIELDS);
    expect(kmsKey).toMatchObject({ id: created.id, name: "my-key" });
  });

  it("get_key_by_name", async () => {
    const { sdk: client } = await connected();
    const created = await createMyKey(client);
    const kmsKey = await client.kms.getKeyByName({ keyName: "my-key", projectId: KMS_PROJECT_ID });
    expect(kmsKey.id).toBe(created.id);
  });

  it("create_key", async () => {
    const { sdk: client } = await connected();
    const kmsKey = await createMyKey(client);
    hasFields(kmsKey, KMS_KEY_FIELDS);
    expect(kmsKey).toMatchObject({
      name: "my-key",
      projectId: KMS_PROJECT_ID,
      encryptionAlgorithm: "aes-256-gcm",
      isDisabled: false,
    });
  });

  it("update_key", async () => {
    const { sdk: client } = await connected();
    const created = await createMyKey(client);
    const updatedKey = await client.kms.updateKey({
      keyId: created.id,
      name: "my-updated-key",
      description: "Updated description",
      isDisabled: true,
    });
    expect(updatedKey).toMatchObject({
      id: created.id,
      name: "my-updated-key",
      description: "Updated description",
      isDisabled: true,
    });
  });

  it("delete_key", async () => {
    const { sdk: client } = await connected();
    const created = await createMyKey(client);
    const deletedKey = await client.kms.deleteKey({ keyId: created.id });
    expect(deletedKey.id).toBe(created.id);
    await expect(client.kms.getKeyById({ keyId: created.id })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("encrypt_data, then decrypt_data of its ciphertext", async () => {
    const { sdk: client } = await connected();
    const key = await createMyKey(client);
    const encryptedData = await client.kms.encryptData({
      keyId: key.id,
      base64EncodedPlaintext: "TXkgc2VjcmV0IG1lc3NhZ2U=",
    });
    expect(typeof encryptedData).toBe("string");
    expect(encryptedData).not.toBe("TXkgc2VjcmV0IG1lc3NhZ2U=");
    const decryptedData = await client.kms.decryptData({
      keyId: key.id,
      ciphertext: encryptedData,
    });
    expect(decryptedData).toBe("TXkgc2VjcmV0IG1lc3NhZ2U="); // "My secret message"
  });

  it("decrypt_data of the reference's ciphertext: made by another key, refused", async () => {
    const { sdk: client } = await connected();
    const key = await createMyKey(client);
    await expect(
      client.kms.decryptData({
        keyId: key.id,
        ciphertext: "Aq96Ry7sMH3k/ogaIB5MiSfH+LblQRBu69lcJe0GfIvI48ZvbWY+9JulyoQYdjAx",
      }),
    ).rejects.toMatchObject({ name: "InfisicalApiError" });
  });
});

describe("folders", () => {
  it("list_folders with every documented parameter", async () => {
    const { sdk: client } = await connected();
    const folders = await client.folders.listFolders({
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      path: "/",
      recursive: false,
      lastSecretModified: null,
    });
    expect(Object.keys(folders)).toEqual(["folders"]);
    expect(folders.folders.map((f) => f.name)).toEqual(["app"]);
    hasFields(folders.folders[0] as object, FOLDER_FIELDS);
  });

  it("list_folders: recursive, and last_secret_modified as a date", async () => {
    const { sdk: client, emulator } = await connected();
    await client.folders.createFolder({
      name: "api",
      environmentSlug: "dev",
      projectId: PROJECT_ID,
      path: "/app",
    });
    const all = await client.folders.listFolders({
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      path: "/",
      recursive: true,
    });
    expect(all.folders.map((f) => f.relativePath).sort()).toEqual(["/app", "/app/api"]);
    const since = new Date(emulator.now() + 60_000);
    const changed = await client.folders.listFolders({
      projectId: PROJECT_ID,
      environmentSlug: "dev",
      path: "/",
      lastSecretModified: since,
    });
    expect(changed.folders).toEqual([]);
    expect(emulator.requests.at(-1)?.query.lastSecretModified).toBe(since.toISOString());
  });

  it("create_folder", async () => {
    const { sdk: client } = await connected();
    const newFolder = await client.folders.createFolder({
      name: "my-folder",
      environmentSlug: "dev",
      projectId: PROJECT_ID,
      path: "/",
      description: null,
    });
    hasFields(newFolder, [...FOLDER_FIELDS, "path"]);
    expect(newFolder).toMatchObject({ name: "my-folder", path: "/my-folder" });
  });

  it("get_folder_by_id", async () => {
    const { sdk: client } = await connected();
    const created = await client.folders.createFolder({
      name: "my-folder",
      environmentSlug: "dev",
      projectId: PROJECT_ID,
    });
    const folder = await client.folders.getFolderById({ id: created.id });
    hasFields(folder, [...FOLDER_FIELDS, "path", "projectId", "environment"]);
    expect(folder).toMatchObject({
      id: created.id,
      name: "my-folder",
      path: "/my-folder",
      projectId: PROJECT_ID,
      environment: { envSlug: "dev", envName: "Development" },
    });
  });
});

describe("enums", () => {
  it("have the Python SDK's members and values", () => {
    expect(SymmetricEncryption).toEqual({ AES_GCM_256: "aes-256-gcm", AES_GCM_128: "aes-128-gcm" });
    expect(OrderDirection).toEqual({ ASC: "asc", DESC: "desc" });
    expect(KmsKeysOrderBy).toEqual({ NAME: "name" });
    expect(Object.keys(DynamicSecretProviders)).toEqual([
      "AWS_ELASTICACHE",
      "AWS_IAM",
      "AZURE_ENTRA_ID",
      "AZURE_SQL_DATABASE",
      "CASSANDRA",
      "COUCHBASE",
      "ELASTICSEARCH",
      "GCP_IAM",
      "GITHUB",
      "KUBERNETES",
      "LDAP",
      "MONGO_ATLAS",
      "MONGODB",
      "RABBITMQ",
      "REDIS",
      "SAP_ASE",
      "SAP_HANA",
      "SNOWFLAKE",
      "SQL_DATABASE",
      "TOTP",
      "VERTICA",
    ]);
    expect(DynamicSecretProviders.ELASTICSEARCH).toBe("elastic-search");
    expect(DynamicSecretProviders.MONGO_ATLAS).toBe("mongo-db-atlas");
    expect(DynamicSecretProviders.RABBITMQ).toBe("rabbit-mq");
  });
});
