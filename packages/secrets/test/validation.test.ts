import { universalAuth } from "@infisical-edge/auth";
import { InfisicalValidationError } from "@infisical-edge/core";
import { describe, expect, it } from "vitest";
import { createSecret, getSecret, listSecrets, updateSecrets } from "../src/index";
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
    ];
    for (const [run, field] of cases) expect(await fieldOf(run)).toBe(field);
    expect(emulator.requests).toHaveLength(0);
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
