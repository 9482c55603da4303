// Every 2xx recording of a route the SDK calls must parse through the SDK's schema for
// that route; every error recording must map to the right error class with the recorded
// status, message and request id.

import { createClient, InfisicalApiError, InfisicalAuthError } from "@infisical-edge/core";
import { LoginResponseSchema } from "@infisical-edge/core/internal";
import {
  CreateLeaseResponse,
  DynamicSecretResponse,
  LeaseDetailsResponse,
  LeaseResponse,
  ListDynamicSecretsResponse,
  ListLeasesResponse,
} from "@infisical-edge/dynamic-secrets";
import {
  DeletedFolderResponse,
  FolderDetailsResponse,
  FolderWithPathResponse,
  ListFoldersResponse,
} from "@infisical-edge/folders";
import {
  DecryptResponse,
  EncryptResponse,
  KeyResponse,
  ListKeysResponse,
  PublicKeyResponse,
  SigningAlgorithmsResponse,
  SignResponse,
  VerifyResponse,
} from "@infisical-edge/kms";
import {
  GetSecretResponse,
  ListSecretImportsResponse,
  ListSecretsResponse,
  ListTagsResponse,
  SecretImportResponse,
  SecretsWriteResponse,
  SecretWriteResponse,
  TagResponse,
} from "@infisical-edge/secrets";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { type Recording, recordings } from "./recordings";

type Matcher = [method: string, path: RegExp, schema: v.GenericSchema];

// Routes the SDK calls (v4) and their legacy v3 twins, which share the same body shapes.
const routes: Matcher[] = [
  ["POST", /^\/api\/v1\/auth\/(universal-auth\/login|token\/renew)$/, LoginResponseSchema],
  ["GET", /^\/api\/v[34]\/secrets(\/raw)?$/, ListSecretsResponse],
  ["GET", /^\/api\/v[34]\/secrets(\/raw)?\/(id\/)?[^/]+$/, GetSecretResponse],
  ["POST", /^\/api\/v[34]\/secrets\/(raw\/)?(?!batch)[^/]+$/, SecretWriteResponse],
  ["PATCH", /^\/api\/v[34]\/secrets\/(raw\/)?(?!batch)[^/]+$/, SecretWriteResponse],
  ["DELETE", /^\/api\/v[34]\/secrets\/(raw\/)?(?!batch)[^/]+$/, SecretWriteResponse],
  ["POST", /^\/api\/v[34]\/secrets\/batch(\/raw)?$/, SecretsWriteResponse],
  ["PATCH", /^\/api\/v[34]\/secrets\/batch(\/raw)?$/, SecretsWriteResponse],
  ["DELETE", /^\/api\/v[34]\/secrets\/batch(\/raw)?$/, SecretsWriteResponse],
  // Project tags and secret imports
  ["GET", /^\/api\/v1\/projects\/[^/]+\/tags$/, ListTagsResponse],
  ["GET", /^\/api\/v1\/projects\/[^/]+\/tags\/(slug\/)?[^/]+$/, TagResponse],
  ["POST", /^\/api\/v1\/projects\/[^/]+\/tags$/, TagResponse],
  ["PATCH", /^\/api\/v1\/projects\/[^/]+\/tags\/[^/]+$/, TagResponse],
  ["DELETE", /^\/api\/v1\/projects\/[^/]+\/tags\/[^/]+$/, TagResponse],
  ["GET", /^\/api\/v2\/secret-imports$/, ListSecretImportsResponse],
  ["POST", /^\/api\/v2\/secret-imports$/, SecretImportResponse],
  ["PATCH", /^\/api\/v2\/secret-imports\/[^/]+$/, SecretImportResponse],
  ["DELETE", /^\/api\/v2\/secret-imports\/[^/]+$/, SecretImportResponse],
  // Folders: v1 (workspaceId) and v2 (projectId) answer the same shapes.
  ["GET", /^\/api\/v[12]\/folders$/, ListFoldersResponse],
  ["POST", /^\/api\/v[12]\/folders$/, FolderWithPathResponse],
  ["GET", /^\/api\/v[12]\/folders\/[^/]+$/, FolderDetailsResponse],
  ["PATCH", /^\/api\/v[12]\/folders\/[^/]+$/, FolderWithPathResponse],
  ["DELETE", /^\/api\/v[12]\/folders\/[^/]+$/, DeletedFolderResponse],
  // KMS
  ["GET", /^\/api\/v1\/kms\/keys$/, ListKeysResponse],
  ["POST", /^\/api\/v1\/kms\/keys$/, KeyResponse],
  ["POST", /^\/api\/v1\/kms\/keys\/[^/]+\/encrypt$/, EncryptResponse],
  ["POST", /^\/api\/v1\/kms\/keys\/[^/]+\/decrypt$/, DecryptResponse],
  ["POST", /^\/api\/v1\/kms\/keys\/[^/]+\/sign$/, SignResponse],
  ["POST", /^\/api\/v1\/kms\/keys\/[^/]+\/verify$/, VerifyResponse],
  ["GET", /^\/api\/v1\/kms\/keys\/[^/]+\/public-key$/, PublicKeyResponse],
  ["GET", /^\/api\/v1\/kms\/keys\/[^/]+\/signing-algorithms$/, SigningAlgorithmsResponse],
  ["GET", /^\/api\/v1\/kms\/keys\/(key-name\/)?[^/]+$/, KeyResponse],
  ["PATCH", /^\/api\/v1\/kms\/keys\/[^/]+$/, KeyResponse],
  ["DELETE", /^\/api\/v1\/kms\/keys\/[^/]+$/, KeyResponse],
  // Dynamic secrets and leases
  ["GET", /^\/api\/v1\/dynamic-secrets$/, ListDynamicSecretsResponse],
  ["POST", /^\/api\/v1\/dynamic-secrets$/, DynamicSecretResponse],
  ["POST", /^\/api\/v1\/dynamic-secrets\/leases$/, CreateLeaseResponse],
  ["GET", /^\/api\/v1\/dynamic-secrets\/leases\/[^/]+$/, LeaseDetailsResponse],
  ["POST", /^\/api\/v1\/dynamic-secrets\/leases\/[^/]+\/renew$/, LeaseResponse],
  ["DELETE", /^\/api\/v1\/dynamic-secrets\/leases\/[^/]+$/, LeaseResponse],
  ["GET", /^\/api\/v1\/dynamic-secrets\/[^/]+\/leases$/, ListLeasesResponse],
  ["GET", /^\/api\/v1\/dynamic-secrets\/[^/]+$/, DynamicSecretResponse],
  ["PATCH", /^\/api\/v1\/dynamic-secrets\/[^/]+$/, DynamicSecretResponse],
  ["DELETE", /^\/api\/v1\/dynamic-secrets\/[^/]+$/, DynamicSecretResponse],
];

// Recordings whose answers no SDK schema reads: routes the SDK never calls (secret imports'
// single get and secrets listing) and token revoke, whose answer it does not parse. They are
// still replayed through the emulator.
const notCalledBySdk = new Set([
  "auth-token-revoke.json",
  "secret-imports-get.json",
  "secret-imports-secrets.json",
]);

// 304s and HEAD answers have no body to parse: what a client does with them (ETag
// revalidation) is the cache's business; the emulator's fidelity suite replays them.
const bodiless = recordings.filter((r) => r.body === null);

const schemaFor = (r: Recording) =>
  routes.find(([method, path]) => method === r.request.method && path.test(r.request.path))?.[2];

const successes = recordings.filter(
  (r) => r.status < 400 && r.body !== null && !notCalledBySdk.has(r.file),
);
const errors = recordings.filter((r) => r.status >= 400);

describe("the SDK's response schemas accept the real server's bodies", () => {
  it("has a schema for every 2xx recording of a route the SDK calls", () => {
    expect(successes.filter((r) => !schemaFor(r)).map((r) => r.file)).toEqual([]);
    expect(successes.length).toBeGreaterThanOrEqual(95);
  });
  it("leaves out only bodiless answers: 304s and HEAD", () => {
    expect(bodiless.map((r) => r.status === 304 || r.request.method === "HEAD")).not.toContain(
      false,
    );
    expect(bodiless.length).toBe(7);
  });
  for (const r of successes.filter(schemaFor)) {
    it(r.file, () => {
      const result = v.safeParse(schemaFor(r)!, r.body);
      expect(result.issues?.map((i) => i.path?.map((p) => p.key).join("."))).toBeUndefined();
    });
  }
});

function replay(r: Recording) {
  const client = createClient({
    siteUrl: "http://recorded.localhost",
    retry: false,
    fetch: async () =>
      new Response(JSON.stringify(r.body), { status: r.status, headers: r.headers }),
  });
  return client.sendAnonymous({ method: r.request.method as "GET", path: r.request.path }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

const expectedMessage = (message: unknown) =>
  typeof message === "string"
    ? message
    : (message as { path: string[]; message: string }[])
        .map((i) => `${i.path.join(".")}${i.path.length ? ": " : ""}${i.message}`)
        .join("; ");

describe("recorded errors map to the right error class", () => {
  it("covers every error recording", () => {
    expect(errors.length).toBeGreaterThanOrEqual(55);
  });
  for (const r of errors) {
    it(`${r.file} → ${r.status} ${r.body.error}`, async () => {
      const error = await replay(r);
      const tokenProblem = r.status === 401 || (r.status === 403 && r.body.error === "TokenError");
      expect(error).toBeInstanceOf(tokenProblem ? InfisicalAuthError : InfisicalApiError);
      expect(error).toMatchObject({
        status: r.status,
        error: r.body.error,
        requestId: r.body.reqId,
        serverMessage: expectedMessage(r.body.message),
      });
    });
  }
});
