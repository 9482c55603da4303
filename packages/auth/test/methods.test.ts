import { createClient } from "@infisical-edge/core";
import { beforeAll, describe, expect, it } from "vitest";
import { loginFixture } from "./fixture";
import { exercise, type LoginFixture, methodCases } from "./runtime/cases";
import { createWorld, emulatorFor, type World } from "./world";

let world: World;
let fixture: LoginFixture;
beforeAll(async () => {
  world = await createWorld();
  fixture = await loginFixture(world);
});

describe("every method logs in against the emulator (Node)", () => {
  // Names are static so that each method is its own test.
  const names = methodCases({ ids: {}, tokens: {} } as unknown as LoginFixture).map((c) => c.name);
  for (const name of names) {
    it(`${name}: login, read, renew, revoke, login again`, async () => {
      const c = methodCases(fixture).find((candidate) => candidate.name === name)!;
      const emulator = emulatorFor(world);
      await exercise(c, fixture, (auth) =>
        createClient({ siteUrl: "http://emulator.localhost", fetch: emulator.fetch, auth }),
      );
      expect(emulator.count({ path: c.path })).toBe(2); // first login, and again after revoke
      expect(emulator.count({ path: "/api/v1/auth/token/renew" })).toBe(1);
      expect(emulator.count({ path: "/api/v1/auth/token/revoke" })).toBe(1);
    });
  }
});
