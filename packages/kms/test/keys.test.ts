import { InfisicalApiError, InfisicalValidationError } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import { createKey, deleteKey, getKeyById, getKeyByName, listKeys, updateKey } from "../src/index";
import { KMS_PROJECT_ID, SECRETS_PROJECT_ID, setup } from "./setup";

const projectId = KMS_PROJECT_ID;

describe("key management", () => {
  it("creates a key with the server's defaults sent explicitly", async () => {
    const { client } = setup();
    const key = await createKey(client, { projectId, name: "orders", description: "order data" });
    expect(key).toMatchObject({
      name: "orders",
      description: "order data",
      projectId,
      keyUsage: "encrypt-decrypt",
      encryptionAlgorithm: "aes-256-gcm",
      isDisabled: false,
      version: 1,
    });
    const signer = await createKey(client, {
      projectId,
      name: "signer",
      keyUsage: "sign-verify",
      encryptionAlgorithm: "ECC_NIST_P256",
    });
    expect(signer).toMatchObject({ keyUsage: "sign-verify", encryptionAlgorithm: "ECC_NIST_P256" });
  });

  it("reads a key by id and by name", async () => {
    const { client } = setup();
    const created = await createKey(client, { projectId, name: "billing" });
    expect(await getKeyById(client, { keyId: created.id })).toEqual(created);
    expect(await getKeyByName(client, { projectId, keyName: "billing" })).toEqual(created);
  });

  it("lists keys a page at a time, ordered and searched by name", async () => {
    const { client } = setup();
    for (const name of ["delta", "alpha", "charlie", "bravo", "alpha-2"]) {
      await createKey(client, { projectId, name });
    }
    const all = await listKeys(client, { projectId });
    expect(all.totalCount).toBe(5);
    expect(all.keys.map((k) => k.name)).toEqual(["alpha", "alpha-2", "bravo", "charlie", "delta"]);

    const page = await listKeys(client, { projectId, offset: 1, limit: 2, orderDirection: "desc" });
    expect(page.keys.map((k) => k.name)).toEqual(["charlie", "bravo"]);
    expect(page.totalCount).toBe(5);

    const found = await listKeys(client, { projectId, search: "alpha" });
    expect(found.keys.map((k) => k.name)).toEqual(["alpha", "alpha-2"]);
    expect(found.totalCount).toBe(2);
  });

  it("renames, describes, disables and deletes a key", async () => {
    const { client } = setup();
    const key = await createKey(client, { projectId, name: "old-name" });
    const renamed = await updateKey(client, {
      keyId: key.id,
      name: "new-name",
      description: "renamed",
    });
    expect(renamed).toMatchObject({ id: key.id, name: "new-name", description: "renamed" });
    expect((await updateKey(client, { keyId: key.id, isDisabled: true })).isDisabled).toBe(true);
    expect((await getKeyByName(client, { projectId, keyName: "new-name" })).isDisabled).toBe(true);

    const deleted = await deleteKey(client, { keyId: key.id });
    expect(deleted.id).toBe(key.id);
    const error = await getKeyById(client, { keyId: key.id }).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalApiError);
    expect(error.status).toBe(404);
    expect((await listKeys(client, { projectId })).totalCount).toBe(0);
  });

  it("answers the server's errors: duplicate name, missing key, secret-manager project", async () => {
    const { client } = setup();
    await createKey(client, { projectId, name: "taken" });
    await expect(createKey(client, { projectId, name: "taken" })).rejects.toMatchObject({
      status: 400,
      serverMessage: `A KMS key with the name "taken" already exists for the project with ID "${projectId}"`,
    });
    await expect(getKeyByName(client, { projectId, keyName: "nope" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(listKeys(client, { projectId: SECRETS_PROJECT_ID })).rejects.toMatchObject({
      status: 400,
      serverMessage:
        "The project is of type secret-manager. Operations of type kms are not allowed.",
    });
    await expect(
      createKey(client, { projectId: SECRETS_PROJECT_ID, name: "misplaced" }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it.each([
    ["upper case", "Orders"],
    ["a space", "my key"],
    ["an underscore", "my_key"],
    ["a leading hyphen", "-key"],
    ["a double hyphen", "a--b"],
    ["33 characters", "k".repeat(33)],
    ["the empty string", ""],
  ])("checks the name slug before any request (%s)", async (_label, name) => {
    const { emulator, client } = setup();
    const error = await createKey(client, { projectId, name }).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect(error.field).toBe("name");
    await expect(
      updateKey(client, { keyId: "5e1a7c2d-4b3f-4a6e-9d8c-0000000000ff", name }),
    ).rejects.toMatchObject({ field: "name" });
    expect(emulator.count()).toBe(0);
  });

  it("checks the algorithm against the usage before any request", async () => {
    const { emulator, client } = setup();
    await expect(
      createKey(client, { projectId, name: "k", encryptionAlgorithm: "RSA_4096" }),
    ).rejects.toMatchObject({ field: "encryptionAlgorithm" });
    await expect(
      createKey(client, { projectId, name: "k", keyUsage: "sign-verify" }),
    ).rejects.toMatchObject({ field: "encryptionAlgorithm" });
    await expect(
      createKey(client, {
        projectId,
        name: "k",
        keyUsage: "sign-verify",
        encryptionAlgorithm: "aes-256-gcm",
      }),
    ).rejects.toMatchObject({ field: "encryptionAlgorithm" });
    await expect(
      createKey(client, { projectId, name: "k", keyUsage: "wrap" as "sign-verify" }),
    ).rejects.toMatchObject({ field: "keyUsage" });
    await expect(listKeys(client, { projectId, limit: 101 })).rejects.toMatchObject({
      field: "limit",
    });
    await expect(getKeyById(client, { keyId: "../../secrets" })).rejects.toMatchObject({
      field: "keyId",
    });
    expect(emulator.count()).toBe(0);
  });

  it("passes an algorithm it does not know through to the server", async () => {
    const { client } = setup();
    const error = await createKey(client, {
      projectId,
      name: "future",
      keyUsage: "sign-verify",
      encryptionAlgorithm: "ML_DSA_44",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(InfisicalApiError);
    expect(error.status).toBe(422);
  });
});
