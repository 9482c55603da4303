// What `redact` leaves of a server's text: no part of a sensitive value, in the forms an echo
// takes (as is, JSON, URL and form encoding), also when one value holds another.

import { describe, expect, it } from "vitest";
import { redact } from "../src/redact";

describe("redact", () => {
  it("removes a value whole when another value is part of it (a username in its password)", () => {
    const text = 'bad body: {"username":"admin","password":"admin-S3cr3t-Passw0rd"}';
    for (const sensitive of [
      ["admin", "admin-S3cr3t-Passw0rd"],
      ["admin-S3cr3t-Passw0rd", "admin"],
    ]) {
      const out = redact(text, sensitive);
      expect(out).not.toContain("S3cr3t");
      expect(out).not.toContain("Passw0rd");
    }
    const out = redact("values tenant42 and tenant42-9f86d081884c7d65", [
      "tenant42",
      "tenant42-9f86d081884c7d65",
    ]);
    expect(out).toBe("values [redacted] and [redacted]");
  });

  it("removes a value a form encoding echoes, spaces as + and its own + as %2B", () => {
    const value = "correct horse+battery";
    const echo = new URLSearchParams({ echo: `{"secretValue":"${value}"}` }).toString();
    expect(echo).toContain("correct+horse%2Bbattery");
    const out = redact(`got ${echo}`, [value]);
    expect(out).not.toContain("horse");
    expect(out).not.toContain("battery");
  });

  it("drops a text that still echoes a value after form and percent decoding", () => {
    const value = "hunter 2+2 is four";
    // Encoded twice: no replacement matches, the decoded text does.
    const twice = encodeURIComponent(new URLSearchParams({ p: value }).toString());
    expect(redact(`echo ${twice}`, [value])).toBe("[redacted: the text echoed a secret]");
  });

  it("keeps a text that holds no value", () => {
    expect(redact("Secret not found", ["hunter 2+2", "admin"])).toBe("Secret not found");
  });
});
