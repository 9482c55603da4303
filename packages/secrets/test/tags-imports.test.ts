import { InfisicalApiError, InfisicalValidationError } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import {
  createSecret,
  createSecretImport,
  createSecrets,
  createTag,
  deleteSecretImport,
  deleteTag,
  getSecret,
  getTagBySlug,
  listSecretImports,
  listSecrets,
  listTags,
  updateSecret,
  updateSecretImport,
  updateTag,
} from "../src/index";
import { dev, PROJECT_ID, setup } from "./setup";

const TAGS = `/api/v1/projects/${PROJECT_ID}/tags`;

describe("tags", () => {
  it("lists, creates, gets by slug, updates and deletes project tags", async () => {
    const { client } = setup();
    expect(await listTags(client, { projectId: PROJECT_ID })).toEqual([]);
    const db = await createTag(client, { projectId: PROJECT_ID, slug: "db", color: "#ff0000" });
    expect(db).toMatchObject({ slug: "db", color: "#ff0000" });
    expect((await getTagBySlug(client, { projectSlug: "shop", tagSlug: "db" })).id).toBe(db.id);
    const duplicate = await createTag(client, { projectId: PROJECT_ID, slug: "db", color: "#0" })
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(InfisicalApiError);
    expect(duplicate).toMatchObject({ status: 400, serverMessage: "Tag already exists" });
    const renamed = await updateTag(client, {
      projectId: PROJECT_ID,
      tagId: db.id,
      slug: "database",
      color: "#00ff00",
    });
    expect(renamed.slug).toBe("database");
    await deleteTag(client, { projectId: PROJECT_ID, tagId: db.id });
    expect(await listTags(client, { projectId: PROJECT_ID })).toEqual([]);
  });

  it("a tag's rename or delete drops the project's cached reads that carry or filter by it", async () => {
    const { client } = setup();
    const tag = await createTag(client, { projectId: PROJECT_ID, slug: "payments", color: "#f00" });
    await createSecret(client, { ...dev, secretName: "K", secretValue: "v", tagIds: [tag.id] });
    const tagsOfK = async () =>
      (await listSecrets(client, dev)).secrets
        .find((s) => s.secretKey === "K")
        ?.tags?.map((t) => t.slug);
    const filtered = async (slug: string) =>
      (await listSecrets(client, { ...dev, tagSlugs: [slug] })).secrets.map((s) => s.secretKey);
    expect(await tagsOfK()).toEqual(["payments"]);
    await updateTag(client, {
      projectId: PROJECT_ID,
      tagId: tag.id,
      slug: "billing",
      color: "#f00",
    });
    expect(await tagsOfK()).toEqual(["billing"]);
    expect(await filtered("billing")).toEqual(["K"]);
    await deleteTag(client, { projectId: PROJECT_ID, tagId: tag.id });
    expect(await tagsOfK()).toEqual([]);
    expect(await filtered("billing")).toEqual([]);
  });

  it("refuses bad slugs and missing colours before any request", async () => {
    const { client, emulator } = setup();
    const fieldOf = (run: Promise<unknown>) =>
      run.then(
        () => "none",
        (e: InfisicalValidationError) => e.field,
      );
    expect(await fieldOf(createTag(client, { ...dev, slug: "Bad Slug!", color: "#fff" }))).toBe(
      "slug",
    );
    expect(await fieldOf(createTag(client, { projectId: PROJECT_ID, slug: "ok" } as never))).toBe(
      "color",
    );
    expect(
      await fieldOf(createSecret(client, { ...dev, secretName: "A:B", secretValue: "" })),
    ).toBe("secretName");
    expect(emulator.count()).toBe(0);
  });

  it("refuses a tag or import id of . or .. (another route once in the URL) before any request", async () => {
    const { client, emulator } = setup();
    for (const id of [".", "..", "a/b", "", "%2e%2e"]) {
      const runs: [string, Promise<unknown>][] = [
        ["tagId", deleteTag(client, { projectId: PROJECT_ID, tagId: id })],
        ["tagId", updateTag(client, { projectId: PROJECT_ID, tagId: id, slug: "x", color: "#f" })],
        ["secretImportId", deleteSecretImport(client, { ...dev, secretImportId: id })],
        [
          "secretImportId",
          updateSecretImport(client, { ...dev, secretImportId: id, importPath: "/" }),
        ],
      ];
      for (const [field, run] of runs) {
        const error = await run.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, `${field} ${JSON.stringify(id)}`).toBeInstanceOf(InfisicalValidationError);
        expect(error).toMatchObject({ field });
      }
    }
    expect(emulator.count()).toBe(0);
  });

  it("resolves tagSlugs on writes once per client, again after a tag write", async () => {
    const { client, emulator } = setup();
    await createTag(client, { projectId: PROJECT_ID, slug: "db", color: "#f00" });
    await createTag(client, { projectId: PROJECT_ID, slug: "web", color: "#0f0" });
    emulator.clearRequests();
    await createSecret(client, { ...dev, secretName: "T1", secretValue: "1", tagSlugs: ["db"] });
    await createSecrets(client, {
      ...dev,
      secrets: [{ secretKey: "T2", secretValue: "2", tagSlugs: ["web", "db"] }],
    });
    await updateSecret(client, { ...dev, secretName: "ROOT", tagSlugs: ["web"] });
    expect(emulator.count({ method: "GET", path: TAGS })).toBe(1);

    const slugsOf = async (name: string) =>
      (await getSecret(client, { ...dev, secretName: name, cache: false })).tags?.map(
        (t) => t.slug,
      );
    expect(await slugsOf("T1")).toEqual(["db"]);
    expect((await slugsOf("T2"))?.sort()).toEqual(["db", "web"]);
    const either = await listSecrets(client, { ...dev, tagSlugs: ["db", "web"], cache: false });
    expect(either.secrets.map((s) => s.secretKey).sort()).toEqual(["ROOT", "T1", "T2"]);

    await createTag(client, { projectId: PROJECT_ID, slug: "ops", color: "#00f" });
    await createSecret(client, { ...dev, secretName: "T3", secretValue: "3", tagSlugs: ["ops"] });
    expect(emulator.count({ method: "GET", path: TAGS })).toBe(2);

    const unknown = await createSecret(client, {
      ...dev,
      secretName: "T4",
      secretValue: "4",
      tagSlugs: ["nope"],
    }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(InfisicalValidationError);
    expect(unknown).toMatchObject({ field: "tagSlugs" });
    expect(emulator.count({ method: "POST", path: "/api/v4/secrets/T4" })).toBe(0);

    // In a batch, the error names the item.
    const inBatch = await createSecrets(client, {
      ...dev,
      secrets: [
        { secretKey: "T5", secretValue: "5", tagSlugs: ["ops"] },
        { secretKey: "T6", secretValue: "6", tagSlugs: ["nope"] },
      ],
    }).catch((e: unknown) => e);
    expect(inBatch).toMatchObject({ field: "secrets.1.tagSlugs" });
  });
});

describe("secret imports", () => {
  it("creates, lists, moves, repoints and deletes imports", async () => {
    const { client } = setup();
    const at = { ...dev, secretPath: "/a" };
    const first = await createSecretImport(client, {
      ...at,
      importEnvironment: "prod",
      importPath: "/",
    });
    expect(first).toMatchObject({ importPath: "/", position: 1, importEnv: { slug: "prod" } });
    const second = await createSecretImport(client, {
      ...at,
      importEnvironment: "dev",
      importPath: "/a/b",
    });
    expect(second.position).toBe(2);
    await updateSecretImport(client, { ...at, secretImportId: second.id, position: 1 });
    const listed = await listSecretImports(client, at);
    expect(listed.map((i) => [i.id, i.position])).toEqual([
      [second.id, 1],
      [first.id, 2],
    ]);
    const moved = await updateSecretImport(client, {
      ...at,
      secretImportId: first.id,
      importPath: "/",
      importEnvironment: "dev",
    });
    expect(moved).toMatchObject({ importPath: "/", importEnv: { slug: "dev" } });
    await deleteSecretImport(client, { ...at, secretImportId: second.id });
    expect((await listSecretImports(client, at)).map((i) => i.id)).toEqual([first.id]);
  });

  it("refuses a cyclic import with the server's 400", async () => {
    const { client } = setup();
    await createSecretImport(client, { ...dev, importEnvironment: "prod", importPath: "/" });
    const error = await createSecretImport(client, {
      projectId: PROJECT_ID,
      environment: "prod",
      importEnvironment: "dev",
      importPath: "/",
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, serverMessage: "Cyclic import not allowed" });
  });

  it("drops cached reads that include imports when an import changes", async () => {
    const { client, emulator } = setup();
    const at = { ...dev, secretPath: "/a" };
    const withImports = () => listSecrets(client, at);
    const withoutImports = () => listSecrets(client, { ...at, includeImports: false });
    expect((await withImports()).imports).toEqual([]);
    await withoutImports();
    const created = await createSecretImport(client, {
      ...at,
      importEnvironment: "prod",
      importPath: "/",
    });
    const after = await withImports();
    expect(after.imports.map((i) => i.environment)).toEqual(["prod"]);
    const imported = await getSecret(client, { ...at, secretName: "PROD_ONLY" });
    expect(imported.secretValue).toBe("p1");
    await deleteSecretImport(client, { ...at, secretImportId: created.id });
    expect((await withImports()).imports).toEqual([]);
    const gone = await getSecret(client, { ...at, secretName: "PROD_ONLY" }).catch((e) => e);
    expect(gone).toMatchObject({ status: 404 });
    // Three reads with imports went to the server: before, after create, after delete.
    expect(emulator.count({ method: "GET", path: "/api/v4/secrets" })).toBe(4);
  });
});
