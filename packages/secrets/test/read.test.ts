import { describe, expect, it } from "vitest";
import { getSecret, listSecrets, loadSecrets } from "../src/index";
import { dev, PROJECT_ID, setup } from "./setup";

describe("reading secrets", () => {
  it("1,000 concurrent getSecret calls on a cold client: one login, one secret request", async () => {
    const { emulator, client } = setup();
    const results = await Promise.all(
      Array.from({ length: 1000 }, () => getSecret(client, { ...dev, secretName: "ROOT" })),
    );
    expect(new Set(results.map((s) => s.secretValue))).toEqual(new Set(["root-value"]));
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(1);
    expect(emulator.count({ path: "/api/v4/secrets/ROOT" })).toBe(1);
    expect(emulator.requests).toHaveLength(2);
  });

  it("100 concurrent reads with the cache off still share one request", async () => {
    const { emulator, client } = setup({ cache: false });
    await Promise.all(
      Array.from({ length: 100 }, () => getSecret(client, { ...dev, secretName: "ROOT" })),
    );
    expect(emulator.count({ path: "/api/v4/secrets/ROOT" })).toBe(1);
    await getSecret(client, { ...dev, secretName: "ROOT" });
    expect(emulator.count({ path: "/api/v4/secrets/ROOT" })).toBe(2);
  });

  it("concurrent identical lists with the cache off share one request; other lists do not", async () => {
    const { emulator, client } = setup({ cache: false });
    const lists = await Promise.all([
      ...Array.from({ length: 50 }, () => listSecrets(client, dev)),
      listSecrets(client, { ...dev, recursive: true }),
      listSecrets(client, { ...dev, environment: "prod" }),
    ]);
    expect(lists[0]!.secrets.map((s) => s.secretKey)).toContain("ROOT");
    expect(lists[51]!.secrets.map((s) => s.secretKey)).toEqual(["PROD_ONLY"]);
    expect(emulator.count({ path: "/api/v4/secrets" })).toBe(3);
  });

  it("sends every flag explicitly and expands references by default", async () => {
    const { emulator, client } = setup();
    const secret = await getSecret(client, { ...dev, secretName: "REF" });
    expect(secret.secretValue).toBe("x-root-value-p1");
    const query = emulator.requests.at(-1)?.query;
    expect(query).toMatchObject({
      projectId: PROJECT_ID,
      environment: "dev",
      secretPath: "/",
      type: "shared",
      includeImports: "true",
      expandSecretReferences: "true",
      viewSecretValue: "true",
    });
    const raw = await getSecret(client, {
      ...dev,
      secretName: "REF",
      expandSecretReferences: false,
    });
    expect(raw.secretValue).toBe("x-${ROOT}-${prod.PROD_ONLY}");
  });

  it("lists recursively, hides values on request, and loads a record", async () => {
    const { client } = setup();
    const all = await listSecrets(client, { ...dev, recursive: true });
    expect(all.secrets.map((s) => s.secretKey).sort()).toEqual(["A_KEY", "B_KEY", "REF", "ROOT"]);
    const hidden = await listSecrets(client, { ...dev, viewSecretValue: false });
    expect(
      hidden.secrets.every((s) => s.secretValueHidden && s.secretValue === "<hidden-by-infisical>"),
    ).toBe(true);
    const record = await loadSecrets(client, { ...dev, secretPath: "/a" });
    expect({ ...record }).toEqual({ A_KEY: "a-value" });
  });

  it("resolves a project slug once per client", async () => {
    const { emulator, client } = setup();
    await getSecret(client, { projectSlug: "shop", environment: "dev", secretName: "ROOT" });
    await listSecrets(client, { projectSlug: "shop", environment: "dev" });
    expect(emulator.count({ path: /^\/api\/v2\/workspace\// })).toBe(1);
  });

  it("reads a past version", async () => {
    const { client } = setup();
    const { updateSecret } = await import("../src/index");
    await updateSecret(client, { ...dev, secretName: "ROOT", secretValue: "root-v2" });
    const v1 = await getSecret(client, { ...dev, secretName: "ROOT", version: 1 });
    const now = await getSecret(client, { ...dev, secretName: "ROOT" });
    expect([v1.secretValue, now.secretValue]).toEqual(["root-value", "root-v2"]);
  });
});
