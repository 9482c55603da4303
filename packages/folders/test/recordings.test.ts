// The real server's recorded folder responses (fixtures/infisical-real/folders-*.json) must
// parse through the SDK's schemas, both directly and through the functions that read them.

import { readdirSync, readFileSync } from "node:fs";
import { tokenAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  createFolder,
  DeletedFolderResponse,
  deleteFolder,
  FolderDetailsResponse,
  FolderWithPathResponse,
  getFolderById,
  ListFoldersResponse,
  listFolders,
  updateFolder,
} from "../src/index";

const dir = new URL("../../../fixtures/infisical-real/", import.meta.url);
const recordings = readdirSync(dir)
  .filter((file) => file.startsWith("folders-"))
  .map((file) => ({ file, ...JSON.parse(readFileSync(new URL(file, dir), "utf8")) }))
  .filter((r) => r.status === 200);

const schemaFor = (method: string, path: string): v.GenericSchema => {
  const item = /^\/api\/v[12]\/folders\/[^/]+$/.test(path);
  if (method === "GET") return item ? FolderDetailsResponse : ListFoldersResponse;
  if (method === "DELETE") return DeletedFolderResponse;
  return FolderWithPathResponse;
};

describe("recorded folder responses", () => {
  it("covers list, create, get by id, update and delete", () => {
    const methods = new Set(recordings.map((r) => r.request.method));
    expect([...methods].sort()).toEqual(["DELETE", "GET", "PATCH", "POST"]);
    expect(recordings.length).toBeGreaterThanOrEqual(10);
  });

  it.each(recordings.map((r) => [r.file, r] as const))("%s parses", (_file, r) => {
    const result = v.safeParse(schemaFor(r.request.method, r.request.path), r.body);
    expect(result.issues?.map((i) => i.path?.map((p) => p.key).join("."))).toBeUndefined();
  });

  it("flow through the functions", async () => {
    const body = (file: string) => recordings.find((r) => r.file === file)?.body;
    const replaying = (file: string) =>
      createClient({
        siteUrl: "http://recorded.localhost",
        auth: tokenAuth("recorded-token"),
        fetch: async () => Response.json(body(file)),
      });
    const at = { projectId: "d19bb31d-b476-4e48-9731-6418c7feeb54", environment: "dev" };
    const listed = await listFolders(replaying("folders-v2-list-recursive.json"), {
      ...at,
      recursive: true,
    });
    expect(listed.map((f) => f.relativePath)).toContain("/billing/stripe");
    const created = await createFolder(replaying("folders-v2-create.json"), {
      ...at,
      name: "billing",
    });
    expect(created.path).toBe("/billing");
    const got = await getFolderById(replaying("folders-v2-get-by-id.json"), {
      folderId: created.id,
    });
    expect(got.environment.envSlug).toBe("dev");
    const updated = await updateFolder(replaying("folders-v2-update.json"), {
      ...at,
      folderId: created.id,
      name: "billing-renamed",
    });
    expect(updated.version).toBe(2);
    const deleted = await deleteFolder(replaying("folders-v2-delete.json"), {
      ...at,
      folderId: "legacy",
    });
    expect(deleted.name).toBe("legacy");
  });
});
