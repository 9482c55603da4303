// A project slug resolves to its id once per client; an answer without a string id is a
// typed error naming what was expected, never a wrong id.

import { describe, expect, it } from "vitest";
import { type AuthMethod, createClient, InfisicalResponseError } from "../src/index";
import { resolveProjectId } from "../src/internal/index";
import { fakeFetch, json } from "./fake-server";

const client = (body: unknown) => {
  const server = fakeFetch(() => json(body));
  const auth: AuthMethod = {
    kind: "test",
    identity: () => "test-identity",
    login: async () => ({ accessToken: "tok", expiresIn: 3600, accessTokenMaxTTL: 0 }),
  };
  return {
    server,
    client: createClient({ siteUrl: "http://emu.localhost", fetch: server.fetch, auth }),
  };
};

describe("project slugs", () => {
  it("reads the id from each answer shape, once per slug", async () => {
    for (const body of [{ project: { id: "p1" } }, { workspace: { id: "p1" } }, { id: "p1" }]) {
      const { server, client: c } = client(body);
      expect(await resolveProjectId(c, { projectSlug: "shop" })).toBe("p1");
      expect(await resolveProjectId(c, { projectSlug: "shop" })).toBe("p1");
      expect(server.calls.map((call) => call.path)).toEqual(["/api/v2/workspace/shop"]);
    }
  });

  it("refuses an answer without a string id", async () => {
    const { client: c } = client({ project: { id: 7 } });
    const error = await resolveProjectId(c, { projectSlug: "shop" }).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalResponseError);
    expect(error.issues).toEqual(["body: expected a project with a string id"]);
  });
});
