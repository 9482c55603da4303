import { describe, expect, it } from "vitest";
import { call, DB_URL_RAW, fixtureEmulator, PROJECT_ID, PROJECT_SLUG, tokenFor } from "./helpers";

// v3 is the legacy surface the official SDKs call: same behaviour, other selectors, and it
// neither expands references nor includes imports unless asked.

const BASE = "/api/v3/secrets/raw";

function v3() {
  const emulator = fixtureEmulator();
  const token = tokenFor(emulator);
  const at = { workspaceId: PROJECT_ID, environment: "dev" };
  return {
    emulator,
    token,
    list: (query: Record<string, string> = {}) =>
      call(emulator, "GET", BASE, { token, query: { ...at, ...query } }),
    get: (name: string, query: Record<string, string> = {}) =>
      call(emulator, "GET", `${BASE}/${name}`, { token, query: { ...at, ...query } }),
    write: (method: string, name: string, body: Record<string, unknown>) =>
      call(emulator, method, `${BASE}/${name}`, { token, body: { ...at, ...body } }),
    batch: (method: string, body: Record<string, unknown>) =>
      call(emulator, method, "/api/v3/secrets/batch/raw", { token, body: { ...at, ...body } }),
  };
}

describe("v3 reads", () => {
  it("lists raw values and no imports by default", async () => {
    const { body } = await v3().list();
    expect(body.secrets.find((s: any) => s.secretKey === "DB_URL").secretValue).toBe(DB_URL_RAW);
    expect(body.imports).toEqual([]);
  });

  it("expands and includes imports only when asked (snake_case include_imports)", async () => {
    const api = v3();
    const expanded = await api.list({ expandSecretReferences: "true" });
    expect(expanded.body.secrets.find((s: any) => s.secretKey === "DB_URL").secretValue).toBe(
      "postgres://localhost:5432/app",
    );
    expect((await api.list({ includeImports: "true" })).body.imports).toEqual([]);
    const imports = await api.list({ include_imports: "true" });
    expect(imports.body.imports[0].secrets[0].secretKey).toBe("SHARED_FROM_STAGING");
  });

  it("selects the project by workspaceSlug and needs a project and an environment", async () => {
    const api = v3();
    const bySlug = await call(api.emulator, "GET", BASE, {
      token: api.token,
      query: { workspaceSlug: PROJECT_SLUG, environment: "dev", secretPath: "/app" },
    });
    expect(bySlug.body.secrets.map((s: any) => s.secretKey)).toEqual(["NESTED_KEY"]);
    const noProject = await call(api.emulator, "GET", BASE, {
      token: api.token,
      query: { environment: "dev" },
    });
    expect(noProject.status).toBe(400);
    const noEnv = await call(api.emulator, "GET", BASE, {
      token: api.token,
      query: { workspaceId: PROJECT_ID },
    });
    expect(noEnv.status).toBe(400);
    const unknownSlug = await call(api.emulator, "GET", BASE, {
      token: api.token,
      query: { workspaceSlug: "nope", environment: "dev" },
    });
    expect(unknownSlug.status).toBe(404);
  });

  it("gets by name raw by default, expanded on request, imported only with include_imports", async () => {
    const api = v3();
    expect((await api.get("DB_URL")).body.secret.secretValue).toBe(DB_URL_RAW);
    expect(
      (await api.get("DB_URL", { expandSecretReferences: "true" })).body.secret.secretValue,
    ).toBe("postgres://localhost:5432/app");
    expect((await api.get("SHARED_FROM_STAGING")).status).toBe(404);
    expect((await api.get("SHARED_FROM_STAGING", { include_imports: "true" })).status).toBe(200);
    const id = (await api.get("DB_URL")).body.secret.id;
    const byId = await call(api.emulator, "GET", `${BASE}/id/${id}`, { token: api.token });
    expect(byId.body.secret.secretKey).toBe("DB_URL");
  });
});

describe("v3 writes", () => {
  it("creates (also by projectSlug), updates, renames and deletes", async () => {
    const api = v3();
    const created = await call(api.emulator, "POST", `${BASE}/API_TOKEN`, {
      token: api.token,
      body: {
        projectSlug: PROJECT_SLUG,
        environment: "dev",
        secretValue: "tok-123",
        type: "shared",
      },
    });
    expect(created.body.secret).toMatchObject({ secretKey: "API_TOKEN", workspace: PROJECT_ID });
    expect((await api.write("POST", "API_TOKEN", { secretValue: "x" })).body.message).toBe(
      "Secret already exists",
    );
    const updated = await api.write("PATCH", "API_TOKEN", { secretValue: "tok-456" });
    expect(updated.body.secret).toMatchObject({ version: 2, secretValue: "tok-456" });
    const renamed = await api.write("PATCH", "API_TOKEN", { newSecretName: "API_TOKEN_V3" });
    expect(renamed.body.secret.secretKey).toBe("API_TOKEN_V3");
    const deleted = await api.write("DELETE", "API_TOKEN_V3", {});
    expect(deleted.body.secret).toMatchObject({ version: 3, secretValue: "tok-456" });
    expect((await api.get("API_TOKEN_V3")).status).toBe(404);
    const noProject = await call(api.emulator, "POST", `${BASE}/X`, {
      token: api.token,
      body: { environment: "dev", secretValue: "x" },
    });
    expect(noProject.status).toBe(400);
  });

  it("batch create, update and delete on /batch/raw", async () => {
    const api = v3();
    const created = await api.batch("POST", {
      secrets: [
        { secretKey: "BATCH_A", secretValue: "a" },
        { secretKey: "BATCH_B", secretValue: "b" },
      ],
    });
    expect(created.body.secrets.map((s: any) => s.secretKey)).toEqual(["BATCH_B", "BATCH_A"]);
    const updated = await api.batch("PATCH", {
      secrets: [{ secretKey: "BATCH_B", secretValue: "b2", newSecretName: "BATCH_B2" }],
    });
    expect(updated.body.secrets[0]).toMatchObject({ secretKey: "BATCH_B2", secretValue: "b2" });
    const deleted = await api.batch("DELETE", {
      secrets: [{ secretKey: "BATCH_A" }, { secretKey: "BATCH_B2" }],
    });
    expect(deleted.body.secrets.map((s: any) => s.secretKey)).toEqual(["BATCH_A", "BATCH_B2"]);
  });
});
