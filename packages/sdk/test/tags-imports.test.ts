// `sdk.tags` and `sdk.secretImports`, and `tagSlugs` on the object's secret writes, against
// the emulator.

import { describe, expect, it } from "vitest";
import { InfisicalApiError, InfisicalValidationError } from "../src/index";
import { connected, PROJECT_ID, PROJECT_SLUG } from "./world";

const dev = { projectId: PROJECT_ID, environmentSlug: "dev" };

describe("sdk.tags", () => {
  it("lists, gets by slug, creates, updates and deletes", async () => {
    const { sdk } = await connected();
    const seeded = await sdk.tags.listTags({ projectSlug: PROJECT_SLUG });
    expect(seeded.map((t) => t.slug)).toEqual(["backend", "payments"]);
    const created = await sdk.tags.createTag({ projectId: PROJECT_ID, slug: "ops", color: "#f00" });
    expect(await sdk.tags.getTagBySlug({ projectId: PROJECT_ID, tagSlug: "ops" })).toMatchObject({
      id: created.id,
      name: "ops",
    });
    const updated = await sdk.tags.updateTag({
      projectId: PROJECT_ID,
      tagId: created.id,
      slug: "sre",
      color: "#0f0",
    });
    expect(updated).toMatchObject({ slug: "sre", color: "#0f0" });
    await sdk.tags.deleteTag({ projectId: PROJECT_ID, tagId: created.id });
    expect((await sdk.tags.listTags({ projectId: PROJECT_ID })).length).toBe(2);
    const bad = await sdk.tags
      .createTag({ projectId: PROJECT_ID, slug: "Not A Slug", color: "#fff" })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InfisicalValidationError);
  });

  it("tags secrets by slug on create and update", async () => {
    const { sdk, emulator } = await connected();
    await sdk.secrets.createSecretByName({
      ...dev,
      secretName: "PAY_KEY",
      secretValue: "k",
      tagSlugs: ["payments"],
    });
    await sdk.secrets.updateSecretByName({
      ...dev,
      currentSecretName: "EXISTING_SECRET",
      tagSlugs: ["backend", "payments"],
    });
    expect(emulator.count({ path: `/api/v1/projects/${PROJECT_ID}/tags` })).toBe(1);
    const { secrets } = await sdk.secrets.listSecrets({ ...dev, tagFilters: ["payments"] });
    expect(secrets.map((s) => s.secretKey).sort()).toEqual(["EXISTING_SECRET", "PAY_KEY"]);
  });
});

describe("sdk.secretImports", () => {
  it("manages imports and refreshes reads that include them", async () => {
    const { sdk } = await connected();
    const at = { ...dev, secretPath: "/app" };
    const before = await sdk.secrets.listSecrets(at);
    expect(before.imports).toEqual([]);
    const link = await sdk.secretImports.createSecretImport({
      ...at,
      importEnvironment: "staging",
      importPath: "/",
    });
    const after = await sdk.secrets.listSecrets(at);
    expect(after.imports.map((i) => i.environment)).toEqual(["staging"]);
    const second = await sdk.secretImports.createSecretImport({
      ...at,
      importEnvironment: "dev",
      importPath: "/",
    });
    await sdk.secretImports.updateSecretImport({ ...at, secretImportId: second.id, position: 1 });
    const listed = await sdk.secretImports.listSecretImports(at);
    expect(listed.map((i) => i.id)).toEqual([second.id, link.id]);
    await sdk.secretImports.deleteSecretImport({ ...at, secretImportId: link.id });
    await sdk.secretImports.deleteSecretImport({ ...at, secretImportId: second.id });
    expect((await sdk.secrets.listSecrets(at)).imports).toEqual([]);
    const cyclic = await sdk.secretImports
      .createSecretImport({
        ...dev,
        environmentSlug: "staging",
        importEnvironment: "dev",
        importPath: "/",
      })
      .catch((e: unknown) => e);
    expect(cyclic).toBeInstanceOf(InfisicalApiError);
    expect(cyclic).toMatchObject({ status: 400 });
  });
});
