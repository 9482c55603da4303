import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  createSecret,
  createSecrets,
  deleteSecret,
  deleteSecrets,
  getSecret,
  listSecrets,
  SecretWriteResponse,
  updateSecret,
  updateSecrets,
} from "../src/index";
import { dev, setup } from "./setup";

const reads = (emulator: ReturnType<typeof setup>["emulator"], path: string) =>
  emulator.count({ method: "GET", path });

describe("writing secrets", () => {
  it("creates, updates, renames and deletes", async () => {
    const { client } = setup();
    const created = await createSecret(client, {
      ...dev,
      secretPath: "/a",
      secretName: "NEW",
      secretValue: "n1",
      secretComment: "hello",
    });
    expect(created.secret?.secretComment).toBe("hello");
    await updateSecret(client, {
      ...dev,
      secretPath: "/a",
      secretName: "NEW",
      newSecretName: "RENAMED",
      secretValue: "n2",
    });
    const renamed = await getSecret(client, { ...dev, secretPath: "/a", secretName: "RENAMED" });
    expect(renamed.secretValue).toBe("n2");
    const deleted = await deleteSecret(client, { ...dev, secretPath: "/a", secretName: "RENAMED" });
    expect(deleted.secret?.secretKey).toBe("RENAMED");
  });

  it("a create at /a invalidates the list of /a and recursive lists above it, not other paths", async () => {
    const { emulator, client } = setup();
    const at = (secretPath: string, extra = {}) => ({
      ...dev,
      secretPath,
      includeImports: false,
      expandSecretReferences: false,
      ...extra,
    });
    await listSecrets(client, at("/a"));
    await listSecrets(client, at("/", { recursive: true }));
    await listSecrets(client, at("/a/b"));
    await listSecrets(client, at("/"));
    const before = reads(emulator, "/api/v4/secrets");
    await createSecret(client, { ...dev, secretPath: "/a", secretName: "FRESH", secretValue: "f" });
    const listA = await listSecrets(client, at("/a"));
    const recursiveRoot = await listSecrets(client, at("/", { recursive: true }));
    expect(listA.secrets.map((s) => s.secretKey)).toContain("FRESH");
    expect(recursiveRoot.secrets.map((s) => s.secretKey)).toContain("FRESH");
    expect(reads(emulator, "/api/v4/secrets")).toBe(before + 2);
    await listSecrets(client, at("/a/b"));
    await listSecrets(client, at("/"));
    expect(reads(emulator, "/api/v4/secrets")).toBe(before + 2);
  });

  it("a write invalidates reads that expand references from another environment", async () => {
    const { client } = setup();
    expect((await getSecret(client, { ...dev, secretName: "REF" })).secretValue).toBe(
      "x-root-value-p1",
    );
    await updateSecret(client, {
      projectId: dev.projectId,
      environment: "prod",
      secretName: "PROD_ONLY",
      secretValue: "p2",
    });
    expect((await getSecret(client, { ...dev, secretName: "REF" })).secretValue).toBe(
      "x-root-value-p2",
    );
  });

  it("batch create, update (upsert) and delete", async () => {
    const { client } = setup();
    const created = await createSecrets(client, {
      ...dev,
      secrets: [
        { secretKey: "B1", secretValue: "1" },
        { secretKey: "B2", secretValue: "2" },
      ],
    });
    expect(created.secrets).toHaveLength(2);
    const updated = await updateSecrets(client, {
      ...dev,
      mode: "upsert",
      secrets: [
        { secretKey: "B1", secretValue: "1b" },
        { secretKey: "B3", secretValue: "3" },
      ],
    });
    expect(updated.secrets?.map((s) => s.secretValue).sort()).toEqual(["1b", "3"]);
    await deleteSecrets(client, {
      ...dev,
      secrets: [{ secretKey: "B1" }, { secretKey: "B2" }, { secretKey: "B3" }],
    });
    const left = await listSecrets(client, dev);
    expect(left.secrets.map((s) => s.secretKey)).not.toContain("B1");
  });

  it("models an approval answer as a typed result instead of crashing", () => {
    const approval = { approval: { id: "apr-1", status: "open", policyId: "pol-1" } };
    const parsed = v.parse(SecretWriteResponse, approval);
    expect(parsed.approval?.id).toBe("apr-1");
    expect(parsed.secret).toBeUndefined();
  });
});

describe("writes under a secret-approval policy", () => {
  it("every write answers a typed { approval } instead of crashing", async () => {
    const { emulator } = setup();
    const approval = { id: "apr-7", status: "open", policyId: "pol-1", isReplicated: false };
    const { client } = setup({
      fetch: async (input, init) => {
        const method = init?.method ?? "GET";
        const url = String(input instanceof Request ? input.url : input);
        if (method !== "GET" && url.includes("/api/v4/secrets")) return Response.json({ approval });
        return emulator.fetch(input, init);
      },
    });
    const results = [
      await createSecret(client, { ...dev, secretName: "NEEDS_REVIEW", secretValue: "v" }),
      await updateSecret(client, { ...dev, secretName: "ROOT", secretValue: "v2" }),
      await deleteSecret(client, { ...dev, secretName: "ROOT" }),
    ];
    for (const result of results) {
      expect(result.approval?.id).toBe("apr-7");
      expect(result.secret).toBeUndefined();
    }
    const batch = await createSecrets(client, {
      ...dev,
      secrets: [{ secretKey: "B", secretValue: "b" }],
    });
    expect(batch.approval?.id).toBe("apr-7");
    expect(batch.secrets).toBeUndefined();
    // The change is pending: reads still see the current value.
    expect((await getSecret(client, { ...dev, secretName: "ROOT" })).secretValue).toBe(
      "root-value",
    );
  });
});
