// The object API beyond the Python reference's examples: KMS signing, folder updates and
// deletes, `type` on secrets calls, the Python models' defaults on write results, a negative
// cacheTtl and `getToken()`. Each against the emulator.

import { bytesToBase64 } from "@infisical-edge/core/internal";
import { verifyLocally } from "@infisical-edge/kms";
import * as v from "valibot";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  AsymmetricEncryption,
  InfisicalSDKClient,
  InfisicalValidationError,
  KeyUsage,
} from "../src/index";
import { connected, KMS_PROJECT_ID, PROJECT_ID, PROJECT_SLUG, SITE, sdkOn } from "./world";

const dev = { projectId: PROJECT_ID, environmentSlug: "dev" };

/** What each request carried: method, path, query and JSON body. */
function recording(fetch: typeof globalThis.fetch) {
  const sent: { method: string; path: string; query: URLSearchParams; body: unknown }[] = [];
  const wrapped: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = await request.clone().text();
    sent.push({
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
    });
    return fetch(request);
  };
  return { sent, fetch: wrapped };
}

describe("kms signing through the object", () => {
  async function signer(usage: "ECC" | "RSA" = "ECC") {
    const { sdk, emulator } = await connected();
    const key = await sdk.kms.createKey({
      name: usage === "ECC" ? "signer" : "rsa-signer",
      projectId: KMS_PROJECT_ID,
      encryptionAlgorithm:
        usage === "ECC" ? AsymmetricEncryption.ECC_NIST_P256 : AsymmetricEncryption.RSA_4096,
      keyUsage: KeyUsage.SIGN_VERIFY,
    });
    return { sdk, emulator, keyId: key.id };
  }
  const data = bytesToBase64(new TextEncoder().encode("release 1.2.3"));

  it("signData answers the signature and verifyData a boolean, as in Python; data is base64", async () => {
    const { sdk, keyId } = await signer();
    const signingAlgorithm = "ECDSA_SHA_256";
    const signature = await sdk.kms.signData({
      keyId,
      base64EncodedPlaintext: data,
      signingAlgorithm,
    });
    expect(typeof signature).toBe("string");
    const check = { keyId, base64EncodedPlaintext: data, signingAlgorithm, signature };
    expect(await sdk.kms.verifyData(check)).toBe(true);
    const other = bytesToBase64(new TextEncoder().encode("release 1.2.4"));
    expect(await sdk.kms.verifyData({ ...check, base64EncodedPlaintext: other })).toBe(false);
    // The signature is over the decoded bytes, not over the base64 text.
    const publicKey = await sdk.kms.getPublicKey({ keyId });
    expect(
      await verifyLocally(sdk.client, {
        publicKey,
        data: "release 1.2.3",
        signature,
        signingAlgorithm,
      }),
    ).toBe(true);
  });

  it("takes base64 with or without its padding, as encryptData does", async () => {
    const { sdk, keyId } = await signer();
    const signingAlgorithm = "ECDSA_SHA_256";
    const signature = await sdk.kms.signData({
      keyId,
      base64EncodedPlaintext: "YQ",
      signingAlgorithm,
    });
    const check = { keyId, signature, signingAlgorithm };
    expect(await sdk.kms.verifyData({ ...check, base64EncodedPlaintext: "YQ==" })).toBe(true);
    // Partial padding is refused, as encryptData and the server refuse it.
    await expect(
      sdk.kms.verifyData({ ...check, base64EncodedPlaintext: "YQ=" }),
    ).rejects.toMatchObject({ field: "base64EncodedPlaintext" });
    await expect(
      sdk.kms.encryptData({ keyId, base64EncodedPlaintext: "YQ=" }),
    ).rejects.toBeInstanceOf(InfisicalValidationError);
  });

  it("listSigningAlgorithms answers the key's algorithms", async () => {
    const { sdk, keyId } = await signer("RSA");
    const algorithms = await sdk.kms.listSigningAlgorithms({ keyId });
    expect(algorithms).toContain("RSASSA_PSS_SHA_256");
    expect(algorithms).toContain("RSASSA_PKCS1_V1_5_SHA_512");
    expect(algorithms.some((a) => a.startsWith("ECDSA"))).toBe(false);
  });

  it("signs a digest (isDigest) but refuses one for RSA-PSS before any request", async () => {
    const { sdk, keyId, emulator } = await signer("RSA");
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new Uint8Array(10_000)));
    const base = { keyId, base64EncodedPlaintext: bytesToBase64(digest), isDigest: true };
    const pkcs = await sdk.kms.signData({ ...base, signingAlgorithm: "RSASSA_PKCS1_V1_5_SHA_256" });
    expect(pkcs.length).toBeGreaterThan(0);
    const before = emulator.requests.length;
    const error = await sdk.kms
      .signData({ ...base, signingAlgorithm: "RSASSA_PSS_SHA_256" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect(error).toMatchObject({ field: "isDigest" });
    expect(emulator.requests.length).toBe(before);
  });

  it("refuses data that is not base64, naming the field, before any request", async () => {
    const { sdk, emulator } = await sdkOn();
    const keyId = "6a1f0c2e-5d4b-4e3a-9f8c-0000000000ff";
    for (const bad of ["not base64!", "abcde", "a", "YQ===", 42 as unknown as string]) {
      const error = await sdk.kms
        .signData({ keyId, base64EncodedPlaintext: bad, signingAlgorithm: "ECDSA_SHA_256" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InfisicalValidationError);
      expect(error).toMatchObject({ field: "base64EncodedPlaintext" });
    }
    const error = await sdk.kms
      .verifyData({
        keyId,
        base64EncodedPlaintext: "aGk=",
        signature: "%%",
        signingAlgorithm: "ECDSA_SHA_256",
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ field: "signature" });
    expect(emulator.requests.length).toBe(0);
  });
});

describe("secrets: getSecretByName's version", () => {
  it("takes Python's string of digits, and refuses what only looks like a number", async () => {
    const { sdk, emulator } = await connected();
    const read = { ...dev, secretName: "EXISTING_SECRET", secretPath: "/" };
    expect((await sdk.secrets.getSecretByName({ ...read, version: "1" })).version).toBe(1);
    emulator.clearRequests();
    for (const version of [true, [1], "0x1", "1.0", " 1", ""]) {
      const error = await sdk.secrets
        .getSecretByName({ ...read, version: version as never })
        .catch((e: unknown) => e);
      expect(error, JSON.stringify(version)).toBeInstanceOf(InfisicalValidationError);
      expect(error).toMatchObject({ field: "version" });
    }
    expect(emulator.requests).toHaveLength(0);
  });
});

describe("folders: updateFolder and deleteFolder", () => {
  it("rename, change the description, then delete; reads see each change", async () => {
    const { sdk } = await connected();
    const at = { ...dev, path: "/app" };
    const folder = await sdk.folders.createFolder({ ...at, name: "old" });
    const listed = await sdk.folders.listFolders(at); // cached, then invalidated by the writes
    expect(listed.folders.map((f) => f.name)).toContain("old");
    const renamed = await sdk.folders.updateFolder({
      ...at,
      folderId: folder.id,
      name: "new",
      description: "renamed",
    });
    expect(renamed).toMatchObject({ id: folder.id, name: "new", description: "renamed" });
    expect((await sdk.folders.listFolders(at)).folders.map((f) => f.name)).toEqual(["new"]);
    const deleted = await sdk.folders.deleteFolder({ ...at, folderId: folder.id });
    expect(deleted).toMatchObject({ id: folder.id, name: "new" });
    expect((await sdk.folders.listFolders(at)).folders).toEqual([]);
  });

  it("deleteFolder takes Python's folderIdOrName, an id or a name, and refuses both names at once", async () => {
    const { sdk, emulator } = await connected();
    const byId = await sdk.folders.createFolder({ ...dev, name: "by-id" });
    await sdk.folders.createFolder({ ...dev, name: "by-name" });
    expect(await sdk.folders.deleteFolder({ ...dev, folderIdOrName: byId.id })).toMatchObject({
      name: "by-id",
    });
    // Python's None for the other name is "not given".
    const byName = { ...dev, folderIdOrName: "by-name", folderId: null };
    expect(await sdk.folders.deleteFolder(byName)).toMatchObject({ name: "by-name" });
    emulator.clearRequests();
    const both = { ...dev, folderIdOrName: "a", folderId: "a" } as never;
    await expect(sdk.folders.deleteFolder(both)).rejects.toMatchObject({ field: "folderIdOrName" });
    expect(emulator.requests).toHaveLength(0);
  });

  it("a folder with secrets is deleted only with forceDelete", async () => {
    const { sdk } = await connected();
    const folder = await sdk.folders.createFolder({ ...dev, name: "full" });
    await sdk.secrets.createSecretByName({
      ...dev,
      secretPath: "/full",
      secretName: "INSIDE",
      secretValue: "v",
    });
    // The server refuses a non-empty folder (400) unless forced; the emulator may accept it.
    const first = await sdk.folders.deleteFolder({ ...dev, folderId: folder.id }).then(
      () => "deleted",
      (e: unknown) => e,
    );
    if (first !== "deleted") {
      expect(first).toMatchObject({ status: 400 });
      const forced = await sdk.folders.deleteFolder({
        ...dev,
        folderId: folder.id,
        forceDelete: true,
      });
      expect(forced.id).toBe(folder.id);
    }
    await expect(
      sdk.secrets.getSecretByName({ ...dev, secretPath: "/full", secretName: "INSIDE" }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("bad options are refused before any request, naming the field", async () => {
    const { sdk, emulator } = await sdkOn();
    await expect(
      sdk.folders.updateFolder({ ...dev, folderId: "a b", name: "x" }),
    ).rejects.toMatchObject({ field: "folderId" });
    await expect(
      sdk.folders.updateFolder({ ...dev, folderId: "f1", name: "no/slash" }),
    ).rejects.toMatchObject({ field: "name" });
    await expect(
      sdk.folders.deleteFolder({ projectSlug: PROJECT_SLUG, environmentSlug: "dev", folderId: "" }),
    ).rejects.toMatchObject({ field: "folderId" });
    expect(emulator.requests.length).toBe(0);
  });
});

describe("type on every secrets call", () => {
  async function recorded() {
    const { emulator } = await sdkOn();
    const r = recording(emulator.fetch);
    const sdk = new InfisicalSDKClient({ host: SITE, fetch: r.fetch });
    await sdk.auth.universalAuth.login({
      clientId: "sdk-test-client",
      clientSecret: "cs-sdk-3e2d1c0b9a8f7e6d",
    });
    r.sent.length = 0;
    return { sdk, sent: r.sent };
  }
  const ignore = () => undefined;

  it("type: personal is sent by get, create, update and delete", async () => {
    const { sdk, sent } = await recorded();
    const personal = { ...dev, type: "personal" as const };
    // A machine identity may be refused personal secrets by the server: only what is sent counts.
    await sdk.secrets.getSecretByName({ ...personal, secretName: "EXISTING_SECRET" }).catch(ignore);
    await sdk.secrets
      .createSecretByName({ ...personal, secretName: "MINE", secretValue: "v" })
      .catch(ignore);
    await sdk.secrets
      .updateSecretByName({ ...personal, currentSecretName: "MINE", secretValue: "w" })
      .catch(ignore);
    await sdk.secrets.deleteSecretByName({ ...personal, secretName: "MINE" }).catch(ignore);
    expect(sent.map((s) => s.method)).toEqual(["GET", "POST", "PATCH", "DELETE"]);
    expect(sent[0]?.query.get("type")).toBe("personal");
    for (const write of sent.slice(1)) expect(write.body).toMatchObject({ type: "personal" });
  });

  it("without type (or with null) shared is sent, as before", async () => {
    const { sdk, sent } = await recorded();
    await sdk.secrets.getSecretByName({ ...dev, secretName: "EXISTING_SECRET", type: null });
    await sdk.secrets.createSecretByName({ ...dev, secretName: "OURS", secretValue: "v" });
    await sdk.secrets.deleteSecretByName({ ...dev, secretName: "OURS" });
    expect(sent[0]?.query.get("type")).toBe("shared");
    expect(sent[1]?.body).toMatchObject({ type: "shared" });
    expect(sent[2]?.body).toMatchObject({ type: "shared" });
  });

  it("a bad type is refused before any request, naming the field", async () => {
    const { sdk, sent } = await recorded();
    await expect(
      sdk.secrets.getSecretByName({
        ...dev,
        secretName: "EXISTING_SECRET",
        type: "private" as "personal",
      }),
    ).rejects.toMatchObject({ field: "type" });
    expect(sent).toEqual([]);
  });
});

describe("write results carry the Python models' defaults", () => {
  it("tags and secretMetadata default to [], secretPath to the folder written to", async () => {
    const { sdk } = await connected();
    const at = { ...dev, secretPath: "/app" };
    const created = await sdk.secrets.createSecretByName({
      ...at,
      secretName: "X",
      secretValue: "1",
    });
    expect(created).toMatchObject({ tags: [], secretMetadata: [], secretPath: "/app" });
    expect(created.tags.length).toBe(0);
    const updated = await sdk.secrets.updateSecretByName({
      ...at,
      currentSecretName: "X",
      secretValue: "2",
    });
    expect(updated).toMatchObject({ tags: [], secretMetadata: [], secretPath: "/app" });
    const deleted = await sdk.secrets.deleteSecretByName({ ...dev, secretName: "EXISTING_SECRET" });
    expect(deleted).toMatchObject({ tags: [], secretMetadata: [], secretPath: "/" });
  });

  it("dynamic-secret results carry metadata: the server's, else the call's, else []", async () => {
    const { sdk } = await connected();
    const at = { projectSlug: PROJECT_SLUG, environmentSlug: "dev", path: "/" };
    const inputs = { configType: "manual", secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" };
    const team = [{ key: "team", value: "core" }];
    const made = { ...at, providerType: "totp" as const, inputs, defaultTtl: "1h" as const };
    expect((await sdk.dynamicSecrets.create({ ...made, name: "plain" })).metadata).toEqual([]);
    const tagged = await sdk.dynamicSecrets.create({ ...made, name: "tagged", metadata: team });
    expect(tagged.metadata).toEqual(team);
    const updated = await sdk.dynamicSecrets.update({ ...at, name: "plain", defaultTtl: "2h" });
    expect(updated.metadata).toEqual([]);
    const retagged = await sdk.dynamicSecrets.update({ ...at, name: "plain", metadata: team });
    expect(retagged.metadata).toEqual(team);
    expect((await sdk.dynamicSecrets.getByName({ ...at, name: "plain" })).metadata).toEqual(team);
    const deleted = await sdk.dynamicSecrets.delete({ ...at, name: "plain" });
    expect(deleted.metadata).toEqual([]);
  });
});

describe("cacheTtl and getToken", () => {
  const read = { ...dev, secretName: "EXISTING_SECRET" };
  const reads = (e: { count(f: { path: string }): number }) =>
    e.count({ path: "/api/v4/secrets/EXISTING_SECRET" });

  it("a negative cacheTtl turns the cache off, as Python's <= 0 does", async () => {
    const { sdk, emulator } = await connected({ cacheTtl: -1 });
    await sdk.secrets.getSecretByName(read);
    await sdk.secrets.getSecretByName(read);
    expect(reads(emulator)).toBe(2);
  });

  it("getToken: null without a way to log in; the token in use after a login or with token", async () => {
    const { sdk, emulator } = await sdkOn();
    expect(await sdk.getToken()).toBeNull();
    const login = await sdk.auth.universalAuth.login({
      clientId: "sdk-test-client",
      clientSecret: "cs-sdk-3e2d1c0b9a8f7e6d",
    });
    const logins = emulator.requests.length;
    expect(await sdk.getToken()).toBe(login.accessToken);
    expect(emulator.requests.length).toBe(logins); // no second login
    const withToken = new InfisicalSDKClient({ host: SITE, fetch: emulator.fetch, token: "t-1" });
    expect(await withToken.getToken()).toBe("t-1");
    await withToken.auth.tokenAuth.login({ token: "t-2" });
    expect(await withToken.getToken()).toBe("t-2");
  });
});

describe("secrets.loadSecrets with a schema", () => {
  it("answers the schema's typed output; a bad secret fails once, naming keys, not values", async () => {
    const { sdk } = await connected();
    const Config = v.object({
      DB_HOST: v.string(),
      EXISTING_SECRET: v.pipe(
        v.string(),
        v.transform((s) => s.length),
      ),
    });
    const config = await sdk.secrets.loadSecrets({ ...dev, schema: Config });
    expect(config).toEqual({ DB_HOST: "db.internal", EXISTING_SECRET: "existing-value".length });
    expectTypeOf(config).toEqualTypeOf<{ DB_HOST: string; EXISTING_SECRET: number }>();
    const Strict = v.object({ DB_HOST: v.pipe(v.string(), v.email()), NOPE: v.string() });
    const error = await sdk.secrets
      .loadSecrets({ ...dev, schema: Strict })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    const e = error as InfisicalValidationError;
    expect(e.issues.map((i) => i.field)).toEqual(["DB_HOST", "NOPE"]);
    expect(`${e.message}${JSON.stringify(e.issues)}`).not.toContain("db.internal");
    // Without a schema: the plain record, imports included.
    const record = await sdk.secrets.loadSecrets(dev);
    expect(record.FROM_STAGING).toBe("imported-value");
  });
});

describe("the migration guide's listSecretsWithImports twin", () => {
  it("secrets/node loadSecrets({ intoEnv: { override: true } }) replaces existing variables", async () => {
    const { loadSecrets } = await import("@infisical-edge/secrets/node");
    const { sdk } = await connected();
    process.env.DB_HOST = "from-the-shell";
    try {
      const env = await loadSecrets(sdk.client, {
        projectId: PROJECT_ID,
        environment: "dev",
        intoEnv: { override: true },
      });
      expect(env.FROM_STAGING).toBe("imported-value"); // imports included
      expect(process.env.DB_HOST).toBe("db.internal"); // overwritten, as the official SDK does
      expect(process.env.FROM_STAGING).toBe("imported-value");
    } finally {
      delete process.env.DB_HOST;
      delete process.env.FROM_STAGING;
      for (const key of ["EXISTING_SECRET", "DB_URL"]) delete process.env[key];
    }
  });
});
