import { describe, expect, it } from "vitest";
import { call, fixtureEmulator, PROJECT_ID, tokenFor, v4 } from "./helpers";

// Tags beyond the recordings (tag writes seen by secrets), the server's secret-name rule,
// and reminders on a v4 create (accepted, then ignored).

const TAGS = `/api/v1/projects/${PROJECT_ID}/tags`;

describe("tags", () => {
  it("tags secrets, filters lists by any of several slugs, and drops a deleted tag", async () => {
    const emulator = fixtureEmulator();
    const api = v4(emulator);
    const tag = (slug: string) =>
      call(emulator, "POST", TAGS, { token: api.token, body: { slug, color: "#123456" } });
    const db = (await tag("db")).body.tag;
    const web = (await tag("web")).body.tag;
    expect((await tag("db")).body.message).toBe("Tag already exists");
    await api.update("DB_HOST", { tagIds: [db.id] });
    await api.update("DB_PORT", { tagIds: [web.id] });

    const keys = async (tagSlugs: string) =>
      (await api.list({ tagSlugs, includeImports: "false" })).body.secrets.map(
        (s: any) => s.secretKey,
      );
    expect(await keys("db")).toEqual(["DB_HOST"]);
    expect(await keys("db,web")).toEqual(["DB_HOST", "DB_PORT"]);
    expect(await keys("nope")).toEqual([]);
    const bySlug = await call(emulator, "GET", `${TAGS}/slug/web`, { token: api.token });
    expect(bySlug.body.tag).toMatchObject({ id: web.id, name: "web" });

    const renamed = await call(emulator, "PATCH", `${TAGS}/${web.id}`, {
      token: api.token,
      body: { slug: "frontend", color: "#000000" },
    });
    expect(renamed.body.tag.slug).toBe("frontend");
    expect(await keys("frontend")).toEqual(["DB_PORT"]);
    await call(emulator, "DELETE", `${TAGS}/${db.id}`, { token: api.token });
    expect((await api.get("DB_HOST")).body.secret.tags).toEqual([]);
    const unknown = await api.create("X", { secretValue: "1", tagIds: [db.id] });
    expect(unknown.status).toBe(404);
  });
});

describe("secret names", () => {
  it("refuses : and / (422) and accepts inner spaces, trimming the ends", async () => {
    const emulator = fixtureEmulator();
    const api = v4(emulator, tokenFor(emulator));
    const colon = await api.create("A:B", { secretValue: "1" });
    expect(colon.status).toBe(422);
    expect(colon.body.message).toEqual([
      {
        code: "custom",
        message: "Secret name cannot contain colon or forward slash.",
        path: ["secretName"],
      },
    ]);
    expect((await api.create(encodeURIComponent("A/B"), { secretValue: "1" })).status).toBe(422);
    const spaced = await api.create(encodeURIComponent(" MY KEY "), { secretValue: "1" });
    expect(spaced.body.secret.secretKey).toBe("MY KEY");
    expect((await api.get(encodeURIComponent("MY KEY"))).body.secret.secretValue).toBe("1");
    const rename = await api.update("DB_HOST", { newSecretName: "DB:HOST" });
    expect(rename.status).toBe(422);
    expect(rename.body.message[0].path).toEqual(["newSecretName"]);
  });

  it("ignores reminders on a v4 create, as the server does", async () => {
    const api = v4(fixtureEmulator());
    const created = await api.create("REMIND", {
      secretValue: "1",
      secretReminderRepeatDays: 7,
      secretReminderNote: "rotate",
    });
    expect(created.body.secret).toMatchObject({
      secretReminderRepeatDays: null,
      secretReminderNote: null,
    });
  });
});
