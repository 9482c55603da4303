import { describe, expect, it } from "vitest";
import { call, fixtureEmulator, PROJECT_ID, tokenFor, v4 } from "./helpers";

function setup() {
  const emulator = fixtureEmulator();
  const token = tokenFor(emulator);
  const post = (path: string, body: Record<string, unknown>) =>
    call(emulator, "POST", path, { token, body: { projectId: PROJECT_ID, ...body } });
  return { emulator, token, post, api: v4(emulator, token) };
}

describe("secret imports", () => {
  it("creates an import that list and get then follow", async () => {
    const { post, api } = setup();
    await api.create("PROD_ONLY", { environment: "prod", secretValue: "p" });
    const created = await post("/api/v2/secret-imports", {
      environment: "dev",
      path: "/app",
      import: { environment: "prod", path: "/" },
    });
    expect(created.status).toBe(200);
    expect(created.body.message).toBe("Successfully created secret import");
    expect(created.body.secretImport).toMatchObject({
      importPath: "/",
      position: 1,
      isReplication: false,
      importEnv: { slug: "prod", name: "Production" },
    });
    const list = await api.list({ secretPath: "/app" });
    expect(list.body.imports.map((i: any) => i.environment)).toEqual(["prod"]);
    expect((await api.get("PROD_ONLY", { secretPath: "/app" })).body.secret.environment).toBe(
      "prod",
    );
  });

  it("follows imports of imports and ignores loops", async () => {
    const { post, api } = setup();
    await post("/api/v2/secret-imports", {
      environment: "staging",
      import: { environment: "prod", path: "/" },
    });
    await post("/api/v2/secret-imports", {
      environment: "prod",
      import: { environment: "dev", path: "/" },
    });
    const { body } = await api.list();
    expect(body.imports.map((i: any) => i.environment)).toEqual(["staging", "prod"]);
  });

  it("accepts a missing source path, 404s on unknown environments, 422 without import", async () => {
    const { post, api } = setup();
    // Recorded: the server accepts an import of a path that does not exist (yet).
    const noFolder = await post("/api/v2/secret-imports", {
      environment: "dev",
      import: { environment: "staging", path: "/missing" },
    });
    expect(noFolder.status).toBe(200);
    const listed = (await api.list()).body.imports.find((i: any) => i.secretPath === "/missing");
    expect(listed).toEqual({ secretPath: "/missing", environment: "staging", secrets: [] });
    const noEnv = await post("/api/v2/secret-imports", {
      environment: "dev",
      import: { environment: "qa", path: "/" },
    });
    expect(noEnv.status).toBe(404);
    const invalid = await post("/api/v2/secret-imports", { environment: "dev" });
    expect(invalid.status).toBe(422);
    expect(invalid.body.message[0].path).toEqual(["import"]);
  });
});

describe("folders", () => {
  it("creates folders (with missing ancestors) where secrets can then live", async () => {
    const { post, api } = setup();
    const created = await post("/api/v2/folders", {
      environment: "dev",
      name: "stripe",
      path: "/billing",
      description: "payments",
    });
    expect(created.status).toBe(200);
    expect(created.body.folder).toMatchObject({
      name: "stripe",
      path: "/billing/stripe",
      description: "payments",
      version: 1,
      lastSecretModified: null,
    });
    expect(
      (await api.create("KEY", { secretPath: "/billing/stripe", secretValue: "v" })).status,
    ).toBe(200);
    const duplicate = await post("/api/v2/folders", {
      environment: "dev",
      name: "billing",
      path: "/",
    });
    expect(duplicate.body).toMatchObject({
      statusCode: 400,
      message: "Folder with name 'billing' already exists in path '/'",
    });
    const bad = await post("/api/v2/folders", { environment: "dev", name: "bad name/x" });
    expect(bad.status).toBe(422);
    expect(bad.body.message[0]).toMatchObject({ code: "custom", path: ["name"] });
  });

  it("lists children, or every descendant with relativePath", async () => {
    const { emulator, token, post } = setup();
    await post("/api/v2/folders", { environment: "dev", name: "stripe", path: "/billing" });
    const list = (query: Record<string, string>) =>
      call(emulator, "GET", "/api/v2/folders", {
        token,
        query: { projectId: PROJECT_ID, environment: "dev", ...query },
      });
    const top = await list({ path: "/" });
    expect(top.body.folders.map((f: any) => f.name)).toEqual(["app", "billing"]);
    expect(top.body.folders[0]).not.toHaveProperty("relativePath");
    const all = await list({ path: "/", recursive: "true" });
    expect(all.body.folders.map((f: any) => f.relativePath)).toEqual([
      "/app",
      "/billing",
      "/billing/stripe",
    ]);
    const below = await list({ path: "/billing", recursive: "1" });
    expect(below.body.folders.map((f: any) => f.relativePath)).toEqual(["/stripe"]);
    expect((await list({ path: "/nope" })).body.error).toBe("SecretPathNotFound");
  });

  it("serves v1 with workspaceId", async () => {
    const { emulator, token } = setup();
    const created = await call(emulator, "POST", "/api/v1/folders", {
      token,
      body: { workspaceId: PROJECT_ID, environment: "dev", name: "legacy" },
    });
    expect(created.body.folder.path).toBe("/legacy");
    const listed = await call(emulator, "GET", "/api/v1/folders", {
      token,
      query: { workspaceId: PROJECT_ID, environment: "dev" },
    });
    expect(listed.body.folders.map((f: any) => f.name)).toEqual(["app", "legacy"]);
  });
});
