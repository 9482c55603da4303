// No error, log line or cache key may contain a secret value, an access token or a client
// secret. This test drives success and error paths, then scans everything they produced.

import { inspect } from "node:util";
import { universalAuth } from "@infisical-edge/auth";
import { createClient, memoryStorage } from "@infisical-edge/core";
import { createEmulator } from "@infisical-edge/emulator";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSecret, deleteSecret, getSecret, listSecrets, updateSecret } from "../src/index";
import { CLIENT_ID, CLIENT_SECRET, dev, seed, setup } from "./setup";

const logs: string[] = [];
beforeEach(() => {
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation(
      (...args) => void logs.push(args.map(String).join(" ")),
    );
  }
});
afterEach(() => vi.restoreAllMocks());

function errorTexts(error: unknown): string[] {
  const out: string[] = [];
  for (let e: any = error, depth = 0; e && depth < 10; e = e.cause, depth++) {
    out.push(
      String(e),
      e.message ?? "",
      JSON.stringify(e) ?? "",
      inspect(e, { depth: 10 }),
      e.stack ?? "",
    );
  }
  return out;
}

describe("secret hygiene", () => {
  it("errors, logs and cache keys never contain secret values, tokens or client secrets", async () => {
    const storage = memoryStorage();
    const { emulator, client } = setup({ cache: { storage } });
    const errors: unknown[] = [];
    const capture = (p: Promise<unknown>) => p.catch((e) => void errors.push(e));
    const NEW_VALUE = "freshly-created-secret-value-42";

    await listSecrets(client, dev);
    await getSecret(client, { ...dev, secretName: "ROOT" });
    await createSecret(client, { ...dev, secretName: "NEW", secretValue: NEW_VALUE });
    await updateSecret(client, { ...dev, secretName: "NEW", secretValue: `${NEW_VALUE}-2` });
    await capture(createSecret(client, { ...dev, secretName: "NEW", secretValue: NEW_VALUE })); // duplicate
    await capture(getSecret(client, { ...dev, secretName: "MISSING" })); // 404
    await capture(getSecret(client, { ...dev, secretPath: "/nope", secretName: "ROOT" })); // 404 path
    await capture(createSecret(client, { ...dev, secretName: "bad name", secretValue: NEW_VALUE })); // validation
    await capture(deleteSecret(client, { ...dev, secretName: "MISSING" }));

    // Expired token: the emulator rejects it, the client logs in again.
    emulator.advanceClock(2 * 3600 * 1000);
    await getSecret(client, { ...dev, secretName: "ROOT", cache: false });

    // Wrong client secret: login refused.
    const wrong = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: emulator.fetch,
      auth: universalAuth({ clientId: CLIENT_ID, clientSecret: "wrong-client-secret-123" }),
    });
    await capture(getSecret(wrong, { ...dev, secretName: "ROOT" }));

    // A server that echoes request fields in its error message.
    const echo = createEmulator({ seed });
    const echoing = createClient({
      siteUrl: "http://emulator.localhost",
      fetch: async (input, init) => {
        const body = typeof init?.body === "string" ? init.body : "";
        if (body.includes("secretValue")) {
          return Response.json(
            { statusCode: 400, error: "BadRequest", message: `bad body ${body}` },
            { status: 400 },
          );
        }
        return echo.fetch(input, init);
      },
      auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
      retry: false,
    });
    await capture(createSecret(echoing, { ...dev, secretName: "ECHO", secretValue: NEW_VALUE }));

    expect(errors.length).toBeGreaterThanOrEqual(7);

    const tokens = [...emulator.state.tokens.keys(), ...echo.state.tokens.keys()];
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    const forbidden = [
      CLIENT_SECRET,
      "wrong-client-secret-123",
      NEW_VALUE,
      "root-value",
      "a-value",
      ...tokens,
    ];
    const haystack = [
      ...errors.flatMap(errorTexts),
      ...logs,
      ...((await storage.getKeys()) as string[]),
      inspect(client, { depth: 10 }),
      JSON.stringify(client) ?? "",
    ];
    expect(haystack.length).toBeGreaterThan(20);
    for (const text of haystack) {
      for (const value of forbidden)
        expect(text.includes(value), `leak of ${value.slice(0, 4)}… in ${text.slice(0, 80)}`).toBe(
          false,
        );
    }
  });
});
