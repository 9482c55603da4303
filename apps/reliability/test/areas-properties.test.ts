// The other areas' functions (folders, dynamic secrets, KMS): every exported function that
// takes (client, options) gets hostile options. Each either raises InfisicalValidationError
// before any request, or sends a request whose URL is audited (never normalised, never
// escaping with `..`) and gets the server's 4xx; none crashes, hangs or pollutes a
// prototype. These run against a stub answering 404 at once (the areas' own suites test
// real answers against the emulator), so even 10,000 cases per function stay within seconds.

import { tokenAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";
import * as dynamicSecrets from "@infisical-edge/dynamic-secrets";
import * as folders from "@infisical-edge/folders";
import * as kms from "@infisical-edge/kms";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anyString,
  assertNoPollution,
  badSecretName,
  badSecretPath,
  inputs,
  RUNS,
  validEnvironment,
  validSecretName,
  validSecretPath,
} from "../src/hostile";
import { createLeakScanner } from "../src/leak-scanner";
import { check, newCounts } from "../src/property-harness";
import { CLIENT_SECRET, PROJECT_ID, SITE, VALUES } from "../src/world";

const notFound = async () =>
  Response.json({ statusCode: 404, error: "NotFound", message: "not found" }, { status: 404 });

const AREAS = { folders, dynamicSecrets, kms } as Record<string, Record<string, unknown>>;
const ANY_API_ROUTE = [/^\/api\/v\d\/[^?#]*$/];

const STUB_TOKEN = "stub-token-1234567890";
const rawUrls: string[] = [];
const client = createClient({
  siteUrl: SITE,
  auth: tokenAuth(STUB_TOKEN),
  retry: false,
  fetch: async (url) => {
    rawUrls.push(String(url));
    return notFound();
  },
});
const scanner = createLeakScanner().forbid(CLIENT_SECRET, STUB_TOKEN, ...Object.values(VALUES));

// Field names the areas use; each function ignores the ones it does not know.
const options = inputs({
  projectId: { valid: fc.constant(PROJECT_ID), required: true },
  environment: { valid: validEnvironment, required: true },
  path: { valid: validSecretPath, bad: badSecretPath },
  secretPath: { valid: validSecretPath, bad: badSecretPath },
  name: { valid: validSecretName, bad: badSecretName },
  folderId: { valid: fc.constantFrom("folder-1", "../x", "%2e%2e") },
  id: { valid: fc.constantFrom("id-1", "..", "a/b") },
  dynamicSecretName: { valid: validSecretName, bad: badSecretName },
  leaseId: { valid: fc.constantFrom("lease-1", "..") },
  keyId: { valid: fc.constantFrom("key-1", "../keys", "%2e%2e") },
  ttl: { valid: fc.constantFrom("1h", 60, "30s"), bad: fc.constantFrom(-1, "forever", 1e12) },
  plaintext: { valid: anyString },
  ciphertext: { valid: fc.constantFrom("Y2lwaGVy", "not base64!") },
  data: { valid: anyString },
  description: { valid: anyString },
  signal: { valid: fc.constantFrom(undefined, AbortSignal.abort(new Error("early"))) },
});

const functions = Object.entries(AREAS).flatMap(([area, exports]) =>
  Object.entries(exports)
    .filter(
      ([name, value]) => typeof value === "function" && /^[a-z]/.test(name) && value.length === 2,
    )
    .map(
      ([name, value]) =>
        [`${area}.${name}`, value as (c: unknown, o: unknown) => Promise<unknown>] as const,
    ),
);

describe(`other areas' functions under ${RUNS} hostile inputs each`, () => {
  it("finds every (client, options) function of folders, dynamic secrets and KMS", () => {
    expect(functions.map(([name]) => name)).toEqual(
      expect.arrayContaining(["folders.createFolder", "dynamicSecrets.createLease", "kms.encrypt"]),
    );
  });

  for (const [name, fn] of functions) {
    it(name, async () => {
      const counts = newCounts();
      await fc.assert(
        fc.asyncProperty(options, async (input) => {
          counts[
            await check(
              () => fn(client, input),
              input,
              rawUrls,
              (error) => scanner.scanError(name, error),
              ANY_API_ROUTE,
            )
          ]++;
          assertNoPollution();
        }),
        { numRuns: RUNS },
      );
      expect(counts.invalid).toBeGreaterThan(0);
    });
  }

  it("no error or URL holds a secret value, token or client secret", () => {
    for (const raw of rawUrls) scanner.scanText("url", raw);
    expect(scanner.findings).toEqual([]);
  });
});
