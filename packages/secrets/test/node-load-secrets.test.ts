import { afterEach, describe, expect, it } from "vitest";
import { loadSecrets } from "../src/node/index";
import { dev, setup } from "./setup";

const keys = ["ROOT", "REF"];
afterEach(() => {
  for (const key of keys) delete process.env[key];
});

describe("@infisical-edge/secrets/node loadSecrets", () => {
  it("returns the record without touching process.env by default", async () => {
    const { client } = setup();
    const record = await loadSecrets(client, dev);
    expect(record.ROOT).toBe("root-value");
    expect(process.env.ROOT).toBeUndefined();
  });

  it("intoEnv fills missing variables and keeps existing ones unless override is set", async () => {
    const { client } = setup();
    process.env.ROOT = "from-shell";
    await loadSecrets(client, { ...dev, intoEnv: true });
    expect(process.env.ROOT).toBe("from-shell");
    expect(process.env.REF).toBe("x-root-value-p1");
    await loadSecrets(client, { ...dev, intoEnv: { override: true } });
    expect(process.env.ROOT).toBe("root-value");
  });
});
