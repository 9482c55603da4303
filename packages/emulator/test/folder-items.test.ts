import { describe, expect, it } from "vitest";
import { call, fixtureEmulator, PROJECT_ID, PROJECT_SLUG, tokenFor, v4 } from "./helpers";

// One folder's routes: get by id, update, delete (forceDelete), kept consistent with the
// secret and dynamic-secret routes that live in folders.

function setup() {
  const emulator = fixtureEmulator();
  const token = tokenFor(emulator);
  const send = (method: string, path: string, body: Record<string, unknown> = {}) =>
    call(emulator, method, path, {
      token,
      body: { projectId: PROJECT_ID, environment: "dev", ...body },
    });
  const mkdir = async (path: string) => {
    const at = path.lastIndexOf("/");
    const res = await send("POST", "/api/v2/folders", {
      name: path.slice(at + 1),
      path: path.slice(0, at) || "/",
    });
    expect(res.status).toBe(200);
    return res.body.folder;
  };
  return { emulator, token, send, mkdir, api: v4(emulator, token) };
}

describe("folder by id", () => {
  it("answers the folder with its environment, path and project", async () => {
    const { emulator, token, mkdir } = setup();
    const folder = await mkdir("/a/b/c");
    const got = await call(emulator, "GET", `/api/v2/folders/${folder.id}`, { token });
    expect(got.body.folder).toMatchObject({
      id: folder.id,
      name: "c",
      path: "/a/b/c",
      projectId: PROJECT_ID,
      environment: { envSlug: "dev", envName: "Development" },
    });
    const missing = await call(emulator, "GET", "/api/v2/folders/nope", { token });
    expect(missing.body).toMatchObject({
      statusCode: 404,
      message: "Folder with ID 'nope' not found",
    });
  });
});

describe("folder update", () => {
  it("renames a folder and moves everything below it, secrets included", async () => {
    const { send, mkdir, api } = setup();
    const a = await mkdir("/a");
    await mkdir("/a/b/c");
    await api.create("DEEP", { secretPath: "/a/b/c", secretValue: "v" });
    const renamed = await send("PATCH", `/api/v2/folders/${a.id}`, {
      name: "z",
      description: "moved",
    });
    expect(renamed.body.folder).toMatchObject({
      name: "z",
      path: "/z",
      version: 2,
      description: "moved",
    });
    expect((await api.get("DEEP", { secretPath: "/z/b/c" })).body.secret.secretValue).toBe("v");
    expect((await api.get("DEEP", { secretPath: "/a/b/c" })).status).toBe(404);
    const byName = await send("PATCH", "/api/v2/folders/b", { name: "bb", path: "/z" });
    expect(byName.body.folder.path).toBe("/z/bb");
  });

  it("refuses a taken name and an unknown folder", async () => {
    const { send, mkdir } = setup();
    const a = await mkdir("/a");
    await mkdir("/b");
    const taken = await send("PATCH", `/api/v2/folders/${a.id}`, { name: "b" });
    expect(taken.body).toMatchObject({ statusCode: 400, error: "UpdateFolder" });
    const unknown = await send("PATCH", "/api/v2/folders/nope", { name: "x" });
    expect(unknown.body).toMatchObject({
      statusCode: 404,
      message: "Folder with ID 'nope' not found",
    });
  });
});

describe("folder delete", () => {
  it("refuses a folder holding a secret, a sub-folder or a dynamic secret", async () => {
    const { emulator, token, send, mkdir, api } = setup();
    await mkdir("/with-secret");
    await api.create("K", { secretPath: "/with-secret", secretValue: "v" });
    await mkdir("/with-child/child");
    await mkdir("/with-dynamic");
    await call(emulator, "POST", "/api/v1/dynamic-secrets", {
      token,
      body: {
        projectSlug: PROJECT_SLUG,
        environmentSlug: "dev",
        path: "/with-dynamic",
        name: "otp",
        provider: { type: "totp", inputs: { configType: "manual", secret: "JBSWY3DPEHPK3PXP" } },
        defaultTTL: "1h",
      },
    });
    for (const name of ["with-secret", "with-child", "with-dynamic"]) {
      const refused = await send("DELETE", `/api/v2/folders/${name}`);
      expect(refused.body).toMatchObject({
        statusCode: 400,
        error: "deleteFolder",
        message: `Cannot delete folder "${name}" because it contains resources. Use forceDelete=true to delete it forcefully.`,
      });
    }
    await mkdir("/empty");
    expect((await send("DELETE", "/api/v2/folders/empty")).status).toBe(200);
  });

  it("forceDelete removes the whole subtree and what it held", async () => {
    const { emulator, send, mkdir, api } = setup();
    const a = await mkdir("/a");
    await mkdir("/a/b");
    await api.create("IN_B", { secretPath: "/a/b", secretValue: "v" });
    const deleted = await send("DELETE", `/api/v2/folders/${a.id}`, { forceDelete: true });
    expect(deleted.body.folder).toMatchObject({ id: a.id, name: "a" });
    expect(deleted.body.folder).not.toHaveProperty("path");
    expect(
      [...emulator.state.folders.values()].some((f) => f.path === "/a" || f.path.startsWith("/a/")),
    ).toBe(false);
    expect([...emulator.state.secrets.values()].some((s) => s.secretKey === "IN_B")).toBe(false);
    expect((await api.create("IN_B", { secretPath: "/a/b", secretValue: "v" })).status).toBe(404);
  });

  it("looks the folder up inside `path`", async () => {
    const { send, mkdir } = setup();
    await mkdir("/a/b");
    expect((await send("DELETE", "/api/v2/folders/b")).status).toBe(404);
    expect((await send("DELETE", "/api/v2/folders/b", { path: "/a" })).status).toBe(200);
  });
});
