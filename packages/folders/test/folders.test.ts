import { InfisicalApiError, InfisicalValidationError } from "@infisical-edge/core";
import { createSecret, getSecret } from "@infisical-edge/secrets";
import { describe, expect, it } from "vitest";
import { createFolder, deleteFolder, getFolderById, listFolders, updateFolder } from "../src/index";
import { dev, PROJECT_ID, setup } from "./setup";

describe("folders against the emulator", () => {
  it("creates nested folders, lists children or every descendant", async () => {
    const { client } = setup();
    const created = await createFolder(client, {
      ...dev,
      path: "/a/b",
      name: "c",
      description: "deep",
    });
    expect(created).toMatchObject({ name: "c", path: "/a/b/c", description: "deep", version: 1 });
    const top = await listFolders(client, dev);
    expect(top.map((f) => f.name)).toEqual(["a", "ab"]);
    const all = await listFolders(client, { ...dev, recursive: true });
    expect(all.map((f) => f.relativePath).sort()).toEqual(["/a", "/a/b", "/a/b/c", "/ab"]);
    const below = await listFolders(client, { ...dev, path: "/a", recursive: true });
    expect(below.map((f) => f.relativePath).sort()).toEqual(["/b", "/b/c"]);
  });

  it("gets a folder by id with its path, environment and project", async () => {
    const { client } = setup();
    const created = await createFolder(client, { ...dev, name: "billing" });
    const folder = await getFolderById(client, { folderId: created.id });
    expect(folder).toMatchObject({
      id: created.id,
      path: "/billing",
      projectId: PROJECT_ID,
      environment: { envSlug: "dev" },
    });
    await expect(getFolderById(client, { folderId: "nope" })).rejects.toMatchObject({
      status: 404,
      serverMessage: "Folder with ID 'nope' not found",
    });
  });

  it("renames by id or name; the secrets move along", async () => {
    const { client } = setup();
    const [a] = (await listFolders(client, dev)).filter((f) => f.name === "a");
    const renamed = await updateFolder(client, {
      ...dev,
      folderId: a!.id,
      name: "alpha",
      description: "renamed",
    });
    expect(renamed).toMatchObject({ path: "/alpha", version: 2, description: "renamed" });
    const b = await getSecret(client, { ...dev, secretPath: "/alpha/b", secretName: "B_KEY" });
    expect(b.secretValue).toBe("b");
    const byName = await updateFolder(client, {
      ...dev,
      path: "/alpha",
      folderId: "b",
      name: "beta",
    });
    expect(byName.path).toBe("/alpha/beta");
  });

  it("refuses to delete a folder that holds anything, unless forceDelete", async () => {
    const { client, emulator } = setup();
    const refused = await deleteFolder(client, { ...dev, folderId: "a" }).catch((e) => e);
    expect(refused).toBeInstanceOf(InfisicalApiError);
    expect(refused).toMatchObject({ status: 400, error: "deleteFolder" });
    expect(refused.serverMessage).toMatch(/forceDelete=true/);
    const deleted = await deleteFolder(client, { ...dev, folderId: "a", forceDelete: true });
    expect(deleted.name).toBe("a");
    expect([...emulator.state.secrets.values()].map((s) => s.secretKey).sort()).toEqual([
      "AB_KEY",
      "ROOT",
    ]);
  });

  it("a secret at /x/y needs folder /x/y, as on the real server", async () => {
    const { client } = setup();
    const write = () =>
      createSecret(client, { ...dev, secretPath: "/x/y", secretName: "K", secretValue: "v" });
    await expect(write()).rejects.toMatchObject({ status: 404, error: "SecretPathNotFound" });
    await createFolder(client, { ...dev, path: "/x", name: "y" });
    expect((await write()).secret?.secretKey).toBe("K");
  });

  it("passes lastSecretModified through and does not cache such lists", async () => {
    const { client, emulator } = setup();
    emulator.advanceClock(3_600_000); // the seed's secrets are now an hour old
    await createSecret(client, { ...dev, secretPath: "/a", secretName: "NEW", secretValue: "v" });
    const since = new Date(emulator.now() - 1000);
    const changed = await listFolders(client, { ...dev, lastSecretModified: since });
    expect(changed.map((f) => f.name)).toEqual(["a"]);
    expect(emulator.requests.at(-1)?.query.lastSecretModified).toBe(since.toISOString());
    await listFolders(client, { ...dev, lastSecretModified: since });
    expect(emulator.count({ path: "/api/v2/folders", method: "GET" })).toBe(2);
    const later = new Date(emulator.now() + 60_000).toISOString();
    expect(await listFolders(client, { ...dev, lastSecretModified: later })).toEqual([]);
  });

  it("resolves a project slug", async () => {
    const { client } = setup();
    const folders = await listFolders(client, { projectSlug: "shop", environment: "dev" });
    expect(folders.map((f) => f.name)).toEqual(["a", "ab"]);
  });
});

describe("validation before any request", () => {
  it.each([
    [{ ...dev, name: "bad name" }, "name"],
    [{ ...dev, name: "ok", path: "/../x" }, "path"],
    [{ environment: "dev", name: "ok" }, "projectId"],
    [{ ...dev, name: "ok", description: 5 }, "description"],
  ])("createFolder(%j) names %s", async (options, field) => {
    const { client, emulator } = setup();
    const error = await createFolder(client, options as any).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect(error.field).toBe(field);
    expect(emulator.requests).toHaveLength(0);
  });

  it("checks lastSecretModified, folderId and forceDelete", async () => {
    const { client, emulator } = setup();
    const bad = [
      listFolders(client, { ...dev, lastSecretModified: "yesterday" }),
      getFolderById(client, { folderId: "a/b" }),
      deleteFolder(client, { ...dev, folderId: "a", forceDelete: "yes" as any }),
      updateFolder(client, { ...dev, folderId: "a", name: "" }),
    ];
    const fields = await Promise.all(bad.map((p) => p.catch((e) => e.field)));
    expect(fields).toEqual(["lastSecretModified", "folderId", "forceDelete", "name"]);
    expect(emulator.requests).toHaveLength(0);
  });
});
