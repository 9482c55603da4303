// Behaviours an adversarial review found sound, pinned so they stay so: a constant 401 costs
// one re-login per call (never a loop), a client shows no secret when printed or serialised,
// and identical readers of an expired entry make one request.

import { inspect } from "node:util";
import { InfisicalAuthError } from "@infisical-edge/core";
import { getSecret } from "@infisical-edge/secrets";
import { describe, expect, it } from "vitest";
import { CLIENT_SECRET, dev, VALUES, world } from "../src/world";

const LOGIN = "/api/v1/auth/universal-auth/login";
const READ = "/api/v4/secrets/DB_URL";
const read = { ...dev, secretName: "DB_URL" };

describe("kept sound", () => {
  it("a constant 401 gives one re-login per call", async () => {
    const { emulator, client } = world({ cache: false });
    emulator.faults.add({ path: READ, fault: { kind: "status", status: 401 } });
    for (let call = 1; call <= 3; call++) {
      await expect(getSecret(client, read)).rejects.toBeInstanceOf(InfisicalAuthError);
      expect(emulator.count({ path: LOGIN })).toBe(call + 1);
      expect(emulator.count({ path: READ })).toBe(call * 2);
    }
  });

  it("util.inspect and JSON.stringify of a client show no secret, token or value", async () => {
    const { client } = world();
    await getSecret(client, read);
    const printed = [inspect(client, { depth: 10, showHidden: true }), JSON.stringify(client)];
    const accessToken = await client.session.token();
    for (const text of printed) {
      expect(text).not.toContain(CLIENT_SECRET);
      expect(text).not.toContain(accessToken);
      expect(text).not.toContain(VALUES.DB_URL);
    }
  });

  it("identical readers of an expired entry make one request", async () => {
    const { emulator, client, advance } = world({ cache: { ttl: 60 } });
    await getSecret(client, read);
    advance(61_000);
    const values = await Promise.all(Array.from({ length: 20 }, () => getSecret(client, read)));
    expect(new Set(values.map((s) => s.secretValue))).toEqual(new Set([VALUES.DB_URL]));
    expect(emulator.count({ path: READ })).toBe(2);
  });
});
