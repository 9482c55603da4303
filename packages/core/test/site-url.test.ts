// Plain http sends the client secret and every secret in the clear: only loopback hosts may
// be reached that way, unless the caller opts in with `allowInsecureHttp: true`.

import { describe, expect, it } from "vitest";
import { createClient, InfisicalValidationError } from "../src/index";

function refusal(config: Parameters<typeof createClient>[0]) {
  try {
    createClient(config);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("http:// siteUrl", () => {
  it.each([
    "http://app.infisical.example",
    "http://10.0.0.5:8080",
    "http://192.168.1.20",
    "http://[2001:db8::1]",
    "http://localhost.example.com",
    "http://127.0.0.1.nip.io",
  ])("%s is refused, naming siteUrl", (siteUrl) => {
    const error = refusal({ siteUrl });
    expect(error).toBeInstanceOf(InfisicalValidationError);
    expect((error as InfisicalValidationError).field).toBe("siteUrl");
  });

  it("the `host` alias is checked the same way", () => {
    expect(refusal({ host: "http://infisical.internal" })).toBeInstanceOf(InfisicalValidationError);
  });

  it.each([
    "http://localhost:8080",
    "http://LOCALHOST",
    "http://emulator.localhost",
    "http://127.0.0.1:4000",
    "http://127.5.6.7",
    "http://[::1]:8080",
  ])("%s (loopback) is accepted", (siteUrl) => {
    expect(createClient({ siteUrl }).siteUrl).toBe(siteUrl.replace(/\/$/, ""));
  });

  it("allowInsecureHttp: true opts in, and must be a boolean", () => {
    const siteUrl = "http://infisical.internal:8080";
    expect(createClient({ siteUrl, allowInsecureHttp: true }).siteUrl).toBe(siteUrl);
    expect(refusal({ siteUrl, allowInsecureHttp: "yes" as never })).toBeInstanceOf(
      InfisicalValidationError,
    );
  });

  it("https is unaffected", () => {
    expect(createClient({ siteUrl: "https://eu.infisical.com" }).siteUrl).toBe(
      "https://eu.infisical.com",
    );
  });
});
