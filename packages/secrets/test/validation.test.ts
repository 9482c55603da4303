import { universalAuth } from "@infisical-edge/auth";
import { InfisicalValidationError } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import { createSecret, getSecret, listSecrets, loadSecrets, updateSecrets } from "../src/index";
import { dev, PROJECT_ID, setup } from "./setup";

async function fieldOf(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => undefined,
    (e) => e,
  );
  expect(error).toBeInstanceOf(InfisicalValidationError);
  return (error as InfisicalValidationError).field;
}

describe("bad input is refused before any request", () => {
  it("says a missing required option is missing", async () => {
    const { emulator, client } = setup();
    const error = await createSecret(client, { ...dev, secretName: "X" } as never).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      field: "secretValue",
      message: "Invalid secretValue: required, but missing",
    });
    expect(emulator.requests).toHaveLength(0);
  });

  it("names the field for each mistake", async () => {
    const { emulator, client } = setup();
    const cases: [() => Promise<unknown>, string][] = [
      [() => getSecret(client, { projectId: PROJECT_ID, secretName: "X" } as never), "environment"],
      [() => getSecret(client, { ...dev, projectSlug: "shop", secretName: "X" }), "projectSlug"],
      [() => getSecret(client, { environment: "dev", secretName: "X" }), "projectId"],
      [() => getSecret(client, { ...dev, secretName: 42 as never }), "secretName"],
      [() => getSecret(client, { ...dev, secretName: "has:colon" }), "secretName"],
      [() => getSecret(client, { ...dev, secretName: "  " }), "secretName"],
      [() => getSecret(client, { ...dev, secretName: ".." }), "secretName"],
      [() => getSecret(client, { ...dev, secretName: "../etc" }), "secretName"],
      [() => getSecret(client, { ...dev, secretName: "X", secretPath: "/a/../b" }), "secretPath"],
      [() => getSecret(client, { ...dev, secretName: "X", secretPath: "relative" }), "secretPath"],
      [() => getSecret(client, { ...dev, secretName: "X", version: 0 }), "version"],
      [() => listSecrets(client, { ...dev, recursive: "yes" as never }), "recursive"],
      [
        () => createSecret(client, { ...dev, secretName: "X", secretValue: 5 as never }),
        "secretValue",
      ],
      [() => updateSecrets(client, { ...dev, secrets: [] }), "secrets"],
      [() => getSecret(client, undefined as never), "options"],
      [() => loadSecrets(client, undefined as never), "options"],
    ];
    for (const [run, field] of cases) expect(await fieldOf(run)).toBe(field);
    expect(emulator.requests).toHaveLength(0);
  });

  it("says what it expects, in the rule's own words", async () => {
    const { client } = setup();
    const cases: [unknown, string][] = [
      [{ ...dev, secretName: "  " }, "Invalid secretName: expected a non-empty secret name"],
      [{ ...dev, secretName: "a/b" }, "Invalid secretName: expected a secret name without : or /"],
      [
        { ...dev, secretName: "X", version: 1.5 },
        "Invalid version: expected a whole version number",
      ],
      [
        { ...dev, secretName: "X", version: 0 },
        "Invalid version: expected a version of at least 1",
      ],
      [{ ...dev, secretName: "X", type: "team" }, "Invalid type: shared or personal"],
      [
        { ...dev, environment: "d e v", secretName: "X" },
        "Invalid environment: expected an environment slug (letters, digits, - and _)",
      ],
      [
        { environment: "dev", secretName: "X" },
        "Invalid projectId: exactly one of projectId or projectSlug is required",
      ],
      [
        { ...dev, projectSlug: "shop", secretName: "X" },
        "Invalid projectSlug: give projectId or projectSlug, not both",
      ],
    ];
    for (const [options, message] of cases) {
      const error = await getSecret(client, options as never).catch((e) => e);
      expect(error).toBeInstanceOf(InfisicalValidationError);
      expect(error.message).toBe(message);
    }
    expect(() => universalAuth({ clientId: "id\n", clientSecret: "secret" })).toThrow(
      "Invalid clientId: expected a string without control characters",
    );
  });

  it("an empty client secret is refused when the auth method is built", () => {
    expect(() => universalAuth({ clientId: "id", clientSecret: "" })).toThrow(
      InfisicalValidationError,
    );
    try {
      universalAuth({ clientId: "id", clientSecret: "" });
    } catch (e) {
      expect((e as InfisicalValidationError).field).toBe("clientSecret");
    }
  });

  it("never quotes the offending value in the message", async () => {
    const { client } = setup();
    const secretValue = { toString: () => "leaky-secret-value" };
    const error = await createSecret(client, {
      ...dev,
      secretName: "X",
      secretValue: secretValue as never,
    }).catch((e) => e);
    expect(String(error)).not.toContain("leaky-secret-value");
    expect(JSON.stringify(error)).not.toContain("leaky-secret-value");
  });
});
