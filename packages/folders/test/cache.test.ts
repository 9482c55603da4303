import { universalAuth } from "@infisical-edge/auth";
import { createClient, InfisicalAuthError, memoryStorage } from "@infisical-edge/core";
import { createEmulator } from "@infisical-edge/emulator";
import { getSecret, listSecrets } from "@infisical-edge/secrets";
import { describe, expect, it } from "vitest";
import { createFolder, deleteFolder, listFolders, updateFolder } from "../src/index";
import { CLIENT_ID, CLIENT_SECRET, dev, seed, setup } from "./setup";

// Folder writes drop exactly the cached reads they can make stale: lists that include a new
// folder; everything at or below a deleted or renamed folder, and the lists above it.

const narrow = { ...dev, expandSecretReferences: false, includeImports: false } as const;
const FOLDERS = { method: "GET", path: "/api/v2/folders" };
const SECRETS = { method: "GET", path: "/api/v4/secrets" };

describe("folder lists are cached", () => {
  it("serves a repeated list from the cache", async () => {
    const { client, emulator } = setup();
    await listFolders(client, dev);
    await listFolders(client, dev);
    expect(emulator.count(FOLDERS)).toBe(1);
    await listFolders(client, { ...dev, cache: false });
    expect(emulator.count(FOLDERS)).toBe(2);
  });
});

describe("folder lists revalidate with their ETag", () => {
  it("an expired list is renewed by a 304", async () => {
    let time = 1_000_000;
    const { client, emulator } = setup({ now: () => time, cache: { ttl: 10 } });
    const first = await listFolders(client, dev);
    time += 11_000;
    expect(await listFolders(client, dev)).toEqual(first);
    const gets = emulator.requests.filter((r) => r.method === "GET" && r.path === FOLDERS.path);
    expect(gets.map((r) => r.status)).toEqual([200, 304]);
  });
});

describe("createFolder", () => {
  it("refreshes the lists that include the new folder or a parent made with it, and only those", async () => {
    const { client, emulator } = setup();
    const reads = () =>
      Promise.all([
        listFolders(client, { ...dev, path: "/a" }), // includes it
        listFolders(client, { ...dev, recursive: true }), // includes it
        listFolders(client, dev), // includes /a, had the create made it
        listFolders(client, { ...dev, path: "/ab" }), // does not
      ]);
    await reads();
    expect(emulator.count(FOLDERS)).toBe(4);
    await createFolder(client, { ...dev, path: "/a", name: "new" });
    const [inA, all] = await reads();
    expect(emulator.count(FOLDERS)).toBe(7);
    expect(inA.map((f) => f.name)).toContain("new");
    expect(all.map((f) => f.relativePath)).toContain("/a/new");
  });

  it("a create that makes missing parents shows them in the cached lists above", async () => {
    const { client } = setup();
    const before = (await listFolders(client, dev)).map((f) => f.name);
    expect(before).not.toContain("billing");
    await createFolder(client, { ...dev, path: "/billing", name: "stripe" });
    expect((await listFolders(client, dev)).map((f) => f.name)).toContain("billing");
  });

  it("refreshes a cached recursive secrets list above it", async () => {
    const { client, emulator } = setup();
    await listSecrets(client, { ...narrow, recursive: true });
    await listSecrets(client, { ...narrow, secretPath: "/ab" });
    expect(emulator.count(SECRETS)).toBe(2);
    await createFolder(client, { ...dev, path: "/a", name: "new" });
    await listSecrets(client, { ...narrow, recursive: true });
    await listSecrets(client, { ...narrow, secretPath: "/ab" });
    expect(emulator.count(SECRETS)).toBe(3);
  });
});

describe("deleteFolder", () => {
  it("drops the cached secrets beneath it, keeps the rest", async () => {
    const { client, emulator } = setup();
    const read = () =>
      Promise.all([
        getSecret(client, { ...narrow, secretPath: "/a/b", secretName: "B_KEY" }).catch((e) => e),
        listSecrets(client, { ...narrow, secretPath: "/a" }).catch((e) => e),
        listSecrets(client, { ...narrow, recursive: true }),
        listSecrets(client, { ...narrow, secretPath: "/ab" }), // a sibling whose name starts alike
        getSecret(client, { ...dev, secretName: "ROOT" }), // wide: may reference anything
      ]);
    await read();
    const before = emulator.requests.length;
    await read();
    expect(emulator.requests.length).toBe(before); // all cached

    await deleteFolder(client, { ...dev, folderId: "a", forceDelete: true });
    emulator.clearRequests();
    const [b, a, all] = await read();
    expect(b).toMatchObject({ status: 404 });
    expect(a).toMatchObject({ status: 404 });
    expect(all.secrets.map((s: { secretKey: string }) => s.secretKey).sort()).toEqual([
      "AB_KEY",
      "ROOT",
    ]);
    const refetched = emulator.requests.map((r) => `${r.path} ${r.query.secretPath}`);
    expect(refetched.sort()).toEqual([
      "/api/v4/secrets /", // the recursive list above it
      "/api/v4/secrets /a",
      "/api/v4/secrets/B_KEY /a/b",
      "/api/v4/secrets/ROOT /", // wide
    ]); // not /ab
  });

  it("refreshes the folder lists that showed it", async () => {
    const { client } = setup();
    expect((await listFolders(client, dev)).map((f) => f.name)).toEqual(["a", "ab"]);
    await deleteFolder(client, { ...dev, folderId: "ab", forceDelete: true });
    expect((await listFolders(client, dev)).map((f) => f.name)).toEqual(["a"]);
  });

  it("invalidates even when the server refuses", async () => {
    const { client, emulator } = setup();
    await listFolders(client, dev);
    await expect(deleteFolder(client, { ...dev, folderId: "a" })).rejects.toMatchObject({
      status: 400,
    });
    await listFolders(client, dev);
    expect(emulator.count(FOLDERS)).toBe(2);
  });
});

describe("updateFolder", () => {
  it("drops the cached secrets under the renamed folder", async () => {
    const { client } = setup();
    const b = () => getSecret(client, { ...narrow, secretPath: "/a/b", secretName: "B_KEY" });
    expect((await b()).secretValue).toBe("b");
    await updateFolder(client, { ...dev, folderId: "a", name: "alpha" });
    await expect(b()).rejects.toMatchObject({ status: 404 });
  });
});

describe("a refused login writes nothing and evicts nothing", () => {
  it("another client's cached folder lists under the same session-proof identity stay", async () => {
    const emulator = createEmulator({ seed });
    const storage = memoryStorage();
    // Universal auth under a label of public ids only, as OIDC or LDAP identities have.
    const clientOf = (clientSecret: string) =>
      createClient({
        siteUrl: "http://emulator.localhost",
        fetch: emulator.fetch,
        auth: {
          ...universalAuth({ clientId: CLIENT_ID, clientSecret }),
          identity: () => "shared-public-label",
          identityProof: "session",
        },
        cache: { storage },
      });
    await listFolders(clientOf(CLIENT_SECRET), dev);
    const wrong = clientOf("not-the-secret");
    for (const write of [
      createFolder(wrong, { ...dev, name: "f" }),
      updateFolder(wrong, { ...dev, folderId: "ab", name: "x" }),
      deleteFolder(wrong, { ...dev, folderId: "ab" }),
    ]) {
      await expect(write).rejects.toBeInstanceOf(InfisicalAuthError);
    }
    emulator.clearRequests();
    await listFolders(clientOf(CLIENT_SECRET), dev);
    expect(emulator.count(FOLDERS)).toBe(0);
  });
});
