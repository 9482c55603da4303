import { describe, expect, it } from "vitest";
import { createEmulator } from "../src";
import {
  call,
  DB_URL_RAW,
  fixtureEmulator,
  fixtureSeed,
  IDENTITY_ID,
  PROJECT_ID,
  v4,
} from "./helpers";

const keysOf = (list: { secretKey: string }[]) => list.map((secret) => secret.secretKey);

describe("v4 list", () => {
  it("expands references and includes imports by default", async () => {
    const { status, body } = await v4(fixtureEmulator()).list();
    expect(status).toBe(200);
    expect(keysOf(body.secrets)).toEqual(["DB_HOST", "DB_PORT", "DB_URL"]);
    expect(body.secrets[2].secretValue).toBe("postgres://localhost:5432/app");
    expect(body.imports).toHaveLength(1);
    expect(body.imports[0]).toMatchObject({ secretPath: "/", environment: "staging" });
    expect(body.imports[0].secrets[0]).toMatchObject({
      secretKey: "SHARED_FROM_STAGING",
      secretValue: "from-staging",
      workspace: "",
    });
    expect(body.imports[0].secrets[0]).not.toHaveProperty("createdAt");
  });

  it("honours expandSecretReferences=false, includeImports=false and recursive=true", async () => {
    const api = v4(fixtureEmulator());
    const raw = await api.list({ expandSecretReferences: "false", includeImports: "false" });
    expect(raw.body.secrets[2].secretValue).toBe(DB_URL_RAW);
    expect(raw.body.imports).toEqual([]);
    const recursive = await api.list({ recursive: "true" });
    expect(keysOf(recursive.body.secrets)).toEqual(["DB_HOST", "DB_PORT", "DB_URL", "NESTED_KEY"]);
    expect(recursive.body.secrets[3].secretPath).toBe("/app");
    const nested = await api.list({ secretPath: "/app/" });
    expect(keysOf(nested.body.secrets)).toEqual(["NESTED_KEY"]);
  });

  it("masks values with viewSecretValue=false", async () => {
    const { body } = await v4(fixtureEmulator()).list({ viewSecretValue: "false" });
    for (const secret of [...body.secrets, ...body.imports[0].secrets]) {
      expect(secret.secretValue).toBe("<hidden-by-infisical>");
      expect(secret.secretValueHidden).toBe(true);
    }
  });

  it("rejects non-literal booleans with a 422 enum issue", async () => {
    const { status, body } = await v4(fixtureEmulator()).list({ recursive: "yes" });
    expect(status).toBe(422);
    expect(body.message).toEqual([
      {
        received: "yes",
        code: "invalid_enum_value",
        options: ["true", "false"],
        path: ["recursive"],
        message: "Invalid enum value. Expected 'true' | 'false', received 'yes'",
      },
    ]);
  });

  it("filters by tag slugs and metadata", async () => {
    const seed = fixtureSeed();
    const project = seed.projects?.[0];
    if (project) {
      project.tags = [{ slug: "db" }, { slug: "web" }];
      project.secrets = [
        {
          environment: "dev",
          key: "A",
          value: "1",
          tags: ["db"],
          metadata: [{ key: "team", value: "core" }],
        },
        {
          environment: "dev",
          key: "B",
          value: "2",
          tags: ["web"],
          metadata: [{ key: "team", value: "web" }],
        },
      ];
    }
    const api = v4(createEmulator({ seed }));
    const byTag = await api.list({ tagSlugs: "db" });
    expect(keysOf(byTag.body.secrets)).toEqual(["A"]);
    expect(byTag.body.secrets[0].tags[0]).toMatchObject({ slug: "db", name: "db", color: null });
    const byMeta = await api.list({ metadataFilter: "key=team,value=web" });
    expect(keysOf(byMeta.body.secrets)).toEqual(["B"]);
    expect(byMeta.body.secrets[0].secretMetadata).toEqual([
      { key: "team", value: "web", isEncrypted: false },
    ]);
  });

  it("404s on unknown environment, folder and project; 422 without projectId", async () => {
    const emulator = fixtureEmulator();
    const api = v4(emulator);
    const env = await call(emulator, "GET", "/api/v4/secrets", {
      token: api.token,
      query: { projectId: PROJECT_ID, environment: "nope" },
    });
    expect(env.body).toMatchObject({ statusCode: 404, error: "SecretPathNotFound" });
    expect(env.body.message).toBe(
      "Folder with path '/' in environment 'nope' was not found. Please ensure the environment slug and secret path is correct.",
    );
    expect((await api.list({ secretPath: "/no/such" })).body.error).toBe("SecretPathNotFound");
    const project = await call(emulator, "GET", "/api/v4/secrets", {
      token: api.token,
      query: { projectId: "00000000-0000-0000-0000-000000000000", environment: "dev" },
    });
    expect(project.status).toBe(404);
    expect(project.body.error).toBe("NotFound");
    const missing = await call(emulator, "GET", "/api/v4/secrets", {
      token: api.token,
      query: { environment: "dev" },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.message[0].path).toEqual(["projectId"]);
  });
});

describe("v4 get", () => {
  it("gets by name (expanded), by id (raw) and reports missing names", async () => {
    const emulator = fixtureEmulator();
    const api = v4(emulator);
    const { body } = await api.get("DB_URL");
    expect(body.secret).toMatchObject({
      secretKey: "DB_URL",
      secretValue: "postgres://localhost:5432/app",
      secretPath: "/",
      secretValueHidden: false,
      tags: [],
      secretMetadata: [],
    });
    const byId = await call(emulator, "GET", `/api/v4/secrets/id/${body.secret.id}`, {
      token: api.token,
    });
    expect(byId.body.secret.secretValue).toBe(DB_URL_RAW);
    expect(byId.body.secret).not.toHaveProperty("secretValueHidden");
    expect(
      (await api.get("DB_URL", { expandSecretReferences: "false" })).body.secret.secretValue,
    ).toBe(DB_URL_RAW);
    const hidden = await api.get("DB_URL", { viewSecretValue: "false" });
    expect(hidden.body.secret).toMatchObject({
      secretValue: "<hidden-by-infisical>",
      secretValueHidden: true,
    });
    const missing = await api.get("DOES_NOT_EXIST");
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe("Secret with name 'DOES_NOT_EXIST' not found");
  });

  it("falls back to imports unless includeImports=false", async () => {
    const api = v4(fixtureEmulator());
    const imported = await api.get("SHARED_FROM_STAGING");
    expect(imported.body.secret).toMatchObject({
      environment: "staging",
      secretValue: "from-staging",
    });
    expect((await api.get("SHARED_FROM_STAGING", { includeImports: "false" })).status).toBe(404);
  });

  it("keeps history: version=N returns the value at N", async () => {
    const api = v4(fixtureEmulator());
    await api.update("DB_PORT", { secretValue: "6543" });
    await api.update("DB_PORT", { secretValue: "7654" });
    const v1 = await api.get("DB_PORT", { version: 1 });
    expect(v1.body.secret).toMatchObject({ version: 1, secretValue: "5432" });
    expect(v1.body.secret).not.toHaveProperty("tags");
    expect((await api.get("DB_PORT", { version: 2 })).body.secret.secretValue).toBe("6543");
    expect((await api.get("DB_PORT")).body.secret).toMatchObject({
      version: 3,
      secretValue: "7654",
    });
    expect((await api.get("DB_URL")).body.secret.secretValue).toBe("postgres://localhost:7654/app");
    expect((await api.get("DB_PORT", { version: 9 })).status).toBe(404);
    expect((await api.get("DB_PORT", { version: "x" })).status).toBe(422);
  });
});

describe("v4 writes", () => {
  it("creates (plain shape), refuses duplicates, and reads back", async () => {
    const api = v4(fixtureEmulator());
    const created = await api.create("API_TOKEN", {
      secretValue: "  tok-123\n",
      secretComment: "created",
      tagIds: [],
    });
    expect(created.status).toBe(200);
    expect(created.body.secret).toMatchObject({
      secretKey: "API_TOKEN",
      version: 1,
      secretValue: "tok-123\n",
    });
    expect(created.body.secret).not.toHaveProperty("secretValueHidden");
    const duplicate = await api.create("API_TOKEN", { secretValue: "x" });
    expect(duplicate.body).toMatchObject({
      statusCode: 400,
      message: "Secret already exists",
      error: "BadRequest",
    });
    const bad = await api.create("BAD", { secretValue: 123 });
    expect(bad.status).toBe(422);
    expect(bad.body.message[0]).toMatchObject({ expected: "string", received: "number" });
    expect((await api.create("NESTED", { secretValue: "x", secretPath: "/nope" })).body.error).toBe(
      "SecretPathNotFound",
    );
  });

  it("updates, renames and reports missing secrets", async () => {
    const api = v4(fixtureEmulator());
    const updated = await api.update("DB_HOST", {
      secretValue: "db.internal",
      secretComment: "moved",
      skipMultilineEncoding: true,
      secretReminderNote: "rotate",
      secretReminderRepeatDays: 30,
    });
    expect(updated.body.secret).toMatchObject({
      version: 2,
      secretValue: "db.internal",
      secretComment: "moved",
      skipMultilineEncoding: true,
      secretReminderNote: "rotate",
      secretReminderRepeatDays: 30,
      secretValueHidden: false,
      isRotatedSecret: false,
    });
    const renamed = await api.update("DB_HOST", { newSecretName: "DATABASE_HOST" });
    // As recorded: a rename answers "" for the value and comment it did not change.
    expect(renamed.body.secret).toMatchObject({
      secretKey: "DATABASE_HOST",
      version: 3,
      secretValue: "",
      secretComment: "",
    });
    expect((await api.get("DB_HOST")).status).toBe(404);
    expect((await api.get("DATABASE_HOST")).body.secret.secretValue).toBe("db.internal");
    const clash = await api.update("DATABASE_HOST", { newSecretName: "DB_PORT" });
    expect(clash.status).toBe(400);
    const missing = await api.update("NOPE", { secretValue: "x" });
    expect(missing.body).toMatchObject({
      statusCode: 404,
      message: "Secret with name NOPE not found",
    });
  });

  it("deletes with a JSON body (delete shape) and 404s the second time", async () => {
    const api = v4(fixtureEmulator());
    const deleted = await api.remove("DB_HOST");
    expect(deleted.body.secret).toMatchObject({ secretKey: "DB_HOST", secretValueHidden: false });
    expect(deleted.body.secret).not.toHaveProperty("isRotatedSecret");
    const again = await api.remove("DB_HOST");
    expect(again.body).toMatchObject({
      statusCode: 404,
      message: "Secret not found",
      error: "NotFound",
    });
    expect((await api.get("DB_URL")).body.secret.secretValue).toBe("postgres://:5432/app");
  });
});

describe("v4 batch", () => {
  it("creates, updates (rename), and deletes many", async () => {
    const api = v4(fixtureEmulator());
    const created = await api.batch("POST", {
      secrets: [
        { secretKey: "A", secretValue: "a" },
        { secretKey: "B", secretValue: "b", secretComment: "c" },
      ],
    });
    // Last item first, as the recorded server answered (secrets-v4-batch-create.json).
    expect(keysOf(created.body.secrets)).toEqual(["B", "A"]);
    const updated = await api.batch("PATCH", {
      secrets: [
        { secretKey: "A", secretValue: "a2" },
        { secretKey: "B", newSecretName: "B2", secretValue: "b2" },
      ],
    });
    expect(updated.body.secrets.map((s: any) => [s.secretKey, s.secretValue, s.version])).toEqual([
      ["B2", "b2", 2],
      ["A", "a2", 2],
    ]);
    const deleted = await api.batch("DELETE", {
      secrets: [{ secretKey: "A" }, { secretKey: "B2" }],
    });
    expect(keysOf(deleted.body.secrets)).toEqual(["A", "B2"]);
    expect((await api.get("A")).status).toBe(404);
  });

  it("is all-or-nothing on conflicts and missing secrets", async () => {
    const api = v4(fixtureEmulator());
    const conflict = await api.batch("POST", {
      secrets: [
        { secretKey: "NEW_ONE", secretValue: "x" },
        { secretKey: "DB_HOST", secretValue: "x" },
      ],
    });
    expect(conflict.body).toMatchObject({
      statusCode: 400,
      message: "Secret already exists: DB_HOST",
    });
    expect((await api.get("NEW_ONE")).status).toBe(404);
    const missing = await api.batch("PATCH", {
      secrets: [
        { secretKey: "DB_HOST", secretValue: "changed" },
        { secretKey: "GHOST", secretValue: "x" },
      ],
    });
    expect(missing.status).toBe(404);
    expect((await api.get("DB_HOST")).body.secret.secretValue).toBe("localhost");
    expect((await api.batch("DELETE", { secrets: [{ secretKey: "GHOST" }] })).status).toBe(404);
    expect((await api.batch("POST", { secrets: [] })).body.message[0].code).toBe("too_small");
  });

  it("PATCH mode upsert creates missing secrets; ignore skips them", async () => {
    const api = v4(fixtureEmulator());
    const upserted = await api.batch("PATCH", {
      mode: "upsert",
      secrets: [
        { secretKey: "FRESH", secretValue: "f" },
        { secretKey: "DB_PORT", secretValue: "p2" },
        { secretKey: "DB_HOST", secretValue: "h2" },
      ],
    });
    // Updated ones (last first), then created ones: the server writes and reads back in that order.
    expect(upserted.body.secrets.map((s: any) => [s.secretKey, s.version])).toEqual([
      ["DB_HOST", 2],
      ["DB_PORT", 2],
      ["FRESH", 1],
    ]);
    const ignored = await api.batch("PATCH", {
      mode: "ignore",
      secrets: [
        { secretKey: "GHOST", secretValue: "x" },
        { secretKey: "FRESH", secretValue: "f2" },
      ],
    });
    expect(keysOf(ignored.body.secrets)).toEqual(["FRESH"]);
    expect((await api.get("GHOST")).status).toBe(404);
  });

  it("honours a per-item secretPath on batch update", async () => {
    const emulator = createEmulator({ seed: fixtureSeed() });
    const api = v4(emulator, emulator.issueToken(IDENTITY_ID));
    await api.batch("PATCH", {
      secrets: [{ secretKey: "NESTED_KEY", secretPath: "/app", secretValue: "n2" }],
    });
    expect((await api.get("NESTED_KEY", { secretPath: "/app" })).body.secret.secretValue).toBe(
      "n2",
    );
  });
});
