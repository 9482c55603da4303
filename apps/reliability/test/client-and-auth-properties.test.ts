// Property-based tests of createClient, memoryStorage and every auth method's options:
// hostile input either works or raises InfisicalValidationError, never anything else, and
// never pollutes a prototype. These are validation-only (no request), except universal
// auth, whose valid options are also used to log in to the emulator (URLs audited).

import * as auth from "@infisical-edge/auth";
import {
  createClient,
  InfisicalAuthError,
  InfisicalValidationError,
  memoryStorage,
} from "@infisical-edge/core";
import { createEmulator } from "@infisical-edge/emulator";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyString, anyValue, assertNoPollution, type Field, inputs, RUNS } from "../src/hostile";
import { createLeakScanner } from "../src/leak-scanner";
import { check, newCounts } from "../src/property-harness";
import { CLIENT_ID, CLIENT_SECRET, SITE, seed } from "../src/world";

/** Runs `fn`; only a return or InfisicalValidationError (naming a field) is allowed. */
function validates(fn: () => unknown): "ok" | "invalid" {
  try {
    fn();
    return "ok";
  } catch (error) {
    if (error instanceof InfisicalValidationError && error.field && error.reason) return "invalid";
    throw error;
  }
}

const fn: Field = { valid: fc.constant(() => {}), bad: fc.constantFrom("fn", {}, null) };
const storageLike = {
  getItem: () => null,
  setItem: () => {},
  removeItem: () => {},
  getKeys: () => [],
};

const siteUrl: Field = {
  valid: fc.constantFrom(
    "https://app.infisical.com",
    "http://localhost:8080/",
    "http://127.0.0.1:8080",
    "http://[::1]:8080",
    "http://emulator.localhost",
    "https://eu.infisical.com/api",
    "https://host.example/self-hosted/infisical",
  ),
  bad: fc.oneof(
    fc.constantFrom(
      "https://x.example/?a=b",
      "https://x.example/#f",
      "https://user:pass@x.example",
      "javascript:alert(1)",
      "ftp://x.example",
      "//x.example",
      "http://",
      "https://x.example/%2e%2e/",
      "http://[::1",
      "http://x.example",
      "http://10.0.0.1",
    ),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    anyValue,
  ),
};

describe(`createClient and memoryStorage under ${RUNS} hostile inputs`, () => {
  it("createClient", () => {
    const counts = { ok: 0, invalid: 0 };
    const config = inputs({
      siteUrl,
      host: siteUrl,
      timeout: {
        valid: fc.constantFrom(1, 1000, 15_000),
        bad: fc.constantFrom(0, -1, 1.5, Infinity, Number.NaN, "10"),
      },
      retry: {
        valid: fc.oneof(
          fc.constantFrom(false, 0, 3, 10),
          fc.record(
            {
              retries: fc.integer({ min: 0, max: 10 }),
              minDelay: fc.nat(1000),
              maxDelay: fc.nat(5000),
              maxRetryAfter: fc.nat(60_000),
              maxElapsed: fc.nat(60_000),
            },
            { requiredKeys: [] },
          ),
        ),
        bad: fc.constantFrom(
          11,
          -1,
          Infinity,
          { retries: 1e9 },
          { maxElapsed: Number.NaN },
          "2",
          true,
        ),
      },
      cache: {
        valid: fc.oneof(
          fc.constant(false),
          fc.record(
            {
              ttl: fc.oneof(fc.constant(false as const), fc.nat(3600)),
              staleIfError: fc.nat(86_400),
              staleWhileRevalidate: fc.nat(600),
              storage: fc.constant(storageLike),
              waitUntil: fc.constant(() => {}),
              onStale: fc.constant(() => {}),
            },
            { requiredKeys: [] },
          ),
        ),
        bad: fc.constantFrom(
          { ttl: -1 },
          { staleIfError: "60" },
          { storage: {} },
          { onStale: 1 },
          true,
          "cache",
        ),
      },
      headers: {
        valid: fc.dictionary(fc.constantFrom("x-trace", "x-app"), fc.string({ maxLength: 8 })),
        bad: fc.constantFrom({ a: 1 }, [], "h"),
      },
      fetch: fn,
      now: fn,
      auth: {
        valid: fc.constant(auth.tokenAuth("t-123456")),
        bad: fc.constantFrom({ kind: "x" }, "auth"),
      },
    });
    fc.assert(
      fc.property(fc.oneof(config, anyValue), (input) => {
        let siteOut: string | undefined;
        counts[
          validates(() => {
            siteOut = createClient(input as never).siteUrl;
          })
        ]++;
        if (
          siteOut !== undefined &&
          (!/^https?:\/\/[^/?#@]+(\/[^?#]*)?$/.test(siteOut) || siteOut.endsWith("/"))
        ) {
          throw new Error(`unsafe siteUrl accepted: ${siteOut}`);
        }
        assertNoPollution();
      }),
      { numRuns: RUNS },
    );
    expect(counts.ok).toBeGreaterThan(RUNS / 10);
    expect(counts.invalid).toBeGreaterThan(RUNS / 10);
  });

  it("memoryStorage", () => {
    const counts = { ok: 0, invalid: 0 };
    fc.assert(
      fc.property(
        fc.oneof(inputs({ maxEntries: { valid: fc.integer({ min: 1, max: 5000 }) } }), anyValue),
        (input) => {
          counts[validates(() => memoryStorage(input as never))]++;
          assertNoPollution();
        },
      ),
      { numRuns: RUNS },
    );
    expect(counts.ok).toBeGreaterThan(RUNS / 10);
    expect(counts.invalid).toBeGreaterThan(RUNS / 100);
  });
});

describe(`auth methods under ${RUNS} hostile inputs each`, () => {
  it("tokenAuth", () => {
    const counts = { ok: 0, invalid: 0 };
    fc.assert(
      fc.property(anyValue, (input) => {
        counts[validates(() => auth.tokenAuth(input as never))]++;
        assertNoPollution();
      }),
      { numRuns: RUNS },
    );
    expect(counts.ok).toBeGreaterThan(RUNS / 10);
    expect(counts.invalid).toBeGreaterThan(RUNS / 10);
  });

  it("universalAuth, logging in with what it accepts", async () => {
    const emulator = createEmulator({ seed });
    const rawUrls: string[] = [];
    const scanner = createLeakScanner().forbid(CLIENT_SECRET);
    const counts = newCounts();
    const options = inputs({
      clientId: {
        valid: fc.constantFrom(CLIENT_ID, "unknown-client", "__proto__"),
        required: true,
      },
      clientSecret: {
        valid: fc.constantFrom(CLIENT_SECRET, "wrong-secret-000", "🔑"),
        required: true,
      },
      organizationSlug: { valid: fc.constantFrom("org", "sub-org") },
    });
    await fc.assert(
      fc.asyncProperty(options, async (input) => {
        let method: ReturnType<typeof auth.universalAuth> | undefined;
        if (validates(() => (method = auth.universalAuth(input as never))) === "invalid") {
          counts.invalid++;
          return;
        }
        const client = createClient({
          siteUrl: SITE,
          auth: method,
          retry: false,
          fetch: (url, init) => {
            rawUrls.push(String(url));
            return emulator.fetch(url, init);
          },
        });
        const outcome = await check(
          () => client.session.token(),
          input,
          rawUrls,
          (error) => {
            if (!(error instanceof InfisicalAuthError)) throw error;
            scanner.scanError("login", error);
          },
        );
        counts[outcome]++;
        assertNoPollution();
      }),
      { numRuns: RUNS },
    );
    scanner.forbid(...emulator.state.tokens.keys());
    expect(counts.ok).toBeGreaterThan(RUNS / 20);
    expect(counts.refused).toBeGreaterThan(RUNS / 20);
    expect(counts.invalid).toBeGreaterThan(RUNS / 20);
    expect(scanner.findings).toEqual([]);
  });

  // Every other auth method: construction validates its options (no request is made).
  const others = Object.entries(auth).filter(
    ([name, value]) =>
      typeof value === "function" &&
      /Auth$/.test(name) &&
      !["tokenAuth", "universalAuth"].includes(name),
  );
  const generic = inputs({
    identityId: { valid: fc.constantFrom("5f0c1a2b-rel0-4abc-8def-0000000000a1", "id") },
    jwt: { valid: fc.constantFrom("eyJhbGciOiJub25lIn0.e30.", "a.b.c") },
    token: { valid: anyString },
    username: { valid: fc.constantFrom("user") },
    password: { valid: fc.constantFrom("pw-123456") },
    serviceAccountTokenPath: { valid: fc.constantFrom("/var/run/token") },
    audience: { valid: fc.constantFrom("infisical") },
    organizationSlug: { valid: fc.constantFrom("org") },
  });
  for (const [name, factory] of others) {
    it(name, () => {
      const counts = { ok: 0, invalid: 0 };
      fc.assert(
        fc.property(fc.oneof(generic, anyValue), (input) => {
          counts[validates(() => (factory as (o: unknown) => unknown)(input))]++;
          assertNoPollution();
        }),
        { numRuns: RUNS },
      );
      expect(counts.invalid).toBeGreaterThan(0);
    });
  }

  it("renewToken, revokeToken and tokenInfo with any signal argument", async () => {
    const emulator = createEmulator({ seed });
    const rawUrls: string[] = [];
    const client = createClient({
      siteUrl: SITE,
      auth: auth.universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
      retry: false,
      fetch: (url, init) => {
        rawUrls.push(String(url));
        return emulator.fetch(url, init);
      },
    });
    const counts = newCounts();
    const signal = fc.oneof(
      fc.constantFrom(
        undefined,
        new AbortController().signal,
        AbortSignal.abort(new Error("early")),
      ),
      anyValue,
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("renew", "revoke", "info"), signal, async (op, sig) => {
        const call = () =>
          op === "renew"
            ? auth.renewToken(client, sig as never)
            : op === "revoke"
              ? auth.revokeToken(client, sig as never)
              : Promise.resolve(auth.tokenInfo(client));
        counts[await check(call, { signal: sig }, rawUrls)]++;
        assertNoPollution();
      }),
      { numRuns: RUNS },
    );
    expect(counts.ok).toBeGreaterThan(RUNS / 10);
  });
});
