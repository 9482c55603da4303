// The end-to-end suite. It only uses fetch and Web Crypto, so the same cases run in Node,
// workerd, Deno and Bun, each against an emulator served on loopback by the test harness.

import { universalAuth } from "@infisical-edge/auth";
import {
  type ClientConfig,
  createClient,
  InfisicalApiError,
  type InfisicalClient,
  InfisicalValidationError,
} from "@infisical-edge/core";
import {
  createSecret,
  deleteSecret,
  getSecret,
  listSecrets,
  loadSecrets,
  updateSecret,
} from "@infisical-edge/secrets";
import * as v from "valibot";
import { assertEqual, assertRejects } from "./assert";
import { CLIENT_ID, CLIENT_SECRET, PROJECT_ID } from "./seed";

interface Recorded {
  method: string;
  path: string;
  status: number;
}

export interface SuiteContext {
  baseUrl: string;
  client: InfisicalClient;
  /** Another client of the same identity on this runtime's fetch, configured as given. */
  clientWith(config: Partial<ClientConfig>): InfisicalClient;
  requests(): Promise<Recorded[]>;
  clearRequests(): Promise<void>;
  advanceClock(ms: number): Promise<void>;
}

export interface Case {
  name: string;
  run(ctx: SuiteContext): Promise<void>;
}

const LOGIN = "/api/v1/auth/universal-auth/login";
const at = { projectId: PROJECT_ID, environment: "dev" };

export function createContext(baseUrl: string, fetchImpl: typeof fetch = fetch): SuiteContext {
  const admin = (path: string, body?: unknown) =>
    fetchImpl(`${baseUrl}/__emulator/${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => r.json() as Promise<any>);
  const clientWith = (config: Partial<ClientConfig>) =>
    createClient({
      siteUrl: baseUrl,
      fetch: fetchImpl,
      auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
      ...config,
    });
  return {
    baseUrl,
    client: clientWith({}),
    clientWith,
    requests: async () => (await admin("requests")).requests,
    clearRequests: async () => void (await admin("requests/clear", {})),
    advanceClock: async (ms) => void (await admin("clock/advance", { ms })),
  };
}

const count = (requests: Recorded[], method: string, path: string) =>
  requests.filter((r) => r.method === method && r.path === path).length;

export const cases: Case[] = [
  {
    name: "logs in lazily and lists a folder with references expanded and imports",
    async run(ctx) {
      await ctx.clearRequests();
      const { secrets, imports } = await listSecrets(ctx.client, at);
      const byKey = Object.fromEntries(secrets.map((s) => [s.secretKey, s.secretValue]));
      assertEqual(byKey.DB_URL, "postgres://localhost:5432/app", "DB_URL expanded");
      assertEqual(imports[0]?.secrets[0]?.secretKey, "SHARED_FROM_STAGING", "imported secret");
      assertEqual(count(await ctx.requests(), "POST", LOGIN), 1, "one login");
    },
  },
  {
    name: "gets one secret",
    async run(ctx) {
      const secret = await getSecret(ctx.client, {
        ...at,
        secretPath: "/app",
        secretName: "NESTED_KEY",
      });
      assertEqual(secret.secretValue, "nested-value", "value");
      assertEqual(secret.secretPath, "/app", "path");
    },
  },
  {
    name: "serves a repeated read from the cache without a request",
    async run(ctx) {
      await ctx.clearRequests();
      const first = await getSecret(ctx.client, { ...at, secretName: "DB_PORT" });
      const second = await getSecret(ctx.client, { ...at, secretName: "DB_PORT" });
      assertEqual(second, first, "same secret");
      assertEqual(count(await ctx.requests(), "GET", "/api/v4/secrets/DB_PORT"), 1, "one request");
    },
  },
  {
    name: "revalidates an expired entry with its ETag: a 304 keeps it, a change replaces it",
    async run(ctx) {
      let time = Date.now();
      const client = ctx.clientWith({ now: () => time, cache: { ttl: 60 } });
      const read = () => getSecret(client, { ...at, secretName: "DB_PORT" });
      const first = await read();
      time += 61_000;
      await ctx.clearRequests();
      assertEqual(await read(), first, "same secret after revalidation");
      const statuses = async () =>
        (await ctx.requests())
          .filter((r) => r.method === "GET" && r.path === "/api/v4/secrets/DB_PORT")
          .map((r) => r.status);
      assertEqual(await statuses(), [304], "revalidated with If-None-Match, answered 304");
      await updateSecret(ctx.client, { ...at, secretName: "DB_PORT", secretValue: "6543" });
      time += 61_000;
      assertEqual((await read()).secretValue, "6543", "the changed value replaces the entry");
      assertEqual(await statuses(), [304, 200], "a changed value answers 200");
      // Later cases read the seeded value.
      await updateSecret(ctx.client, {
        ...at,
        secretName: "DB_PORT",
        secretValue: first.secretValue,
      });
    },
  },
  {
    name: "creates a secret",
    async run(ctx) {
      const result = await createSecret(ctx.client, {
        ...at,
        secretName: "E2E_KEY",
        secretValue: "v1",
      });
      assertEqual(result.approval, undefined, "created, not sent for approval");
      assertEqual(result.secret?.secretValue, "v1", "created value");
      const read = await getSecret(ctx.client, { ...at, secretName: "E2E_KEY" });
      assertEqual(read.secretValue, "v1", "read back");
    },
  },
  {
    name: "updates a secret and the cached read sees the new value",
    async run(ctx) {
      await getSecret(ctx.client, { ...at, secretName: "E2E_KEY" });
      await updateSecret(ctx.client, { ...at, secretName: "E2E_KEY", secretValue: "v2" });
      const read = await getSecret(ctx.client, { ...at, secretName: "E2E_KEY" });
      assertEqual(read.secretValue, "v2", "updated value");
      assertEqual(read.version, 2, "version bumped");
    },
  },
  {
    name: "deletes a secret",
    async run(ctx) {
      const result = await deleteSecret(ctx.client, { ...at, secretName: "E2E_KEY" });
      assertEqual(result.secret?.secretKey, "E2E_KEY", "deleted secret returned");
      await assertRejects(
        () => getSecret(ctx.client, { ...at, secretName: "E2E_KEY" }),
        (e) => e instanceof InfisicalApiError && e.status === 404,
        "404 after delete",
      );
    },
  },
  {
    name: "loads a folder as a plain record",
    async run(ctx) {
      const env = await loadSecrets(ctx.client, at);
      assertEqual(env.DB_HOST, "localhost", "own secret");
      assertEqual(env.SHARED_FROM_STAGING, "from-staging", "imported secret");
    },
  },
  {
    name: "loads typed configuration through a Standard Schema (valibot)",
    async run(ctx) {
      const Config = v.object({
        DB_HOST: v.string(),
        DB_PORT: v.pipe(v.string(), v.digits(), v.transform(Number)),
      });
      const config = await loadSecrets(ctx.client, { ...at, schema: Config });
      assertEqual(config, { DB_HOST: "localhost", DB_PORT: 5432 }, "parsed and typed");
      const Strict = v.object({ DB_HOST: v.pipe(v.string(), v.url()), NOT_SET: v.string() });
      await assertRejects(
        () => loadSecrets(ctx.client, { ...at, schema: Strict }),
        (e) =>
          e instanceof InfisicalValidationError &&
          e.issues.map((i) => i.field).join() === "DB_HOST,NOT_SET" &&
          !`${e.message} ${JSON.stringify(e.issues)}`.includes("localhost"),
        "one error naming both keys and neither value",
      );
    },
  },
  {
    name: "logs in again once when the server rejects an expired token",
    async run(ctx) {
      await ctx.advanceClock(2 * 3600 * 1000); // the emulator now sees the token as expired
      await ctx.clearRequests();
      const secret = await getSecret(ctx.client, { ...at, secretName: "DB_HOST", cache: false });
      assertEqual(secret.secretValue, "localhost", "value after refresh");
      const requests = await ctx.requests();
      assertEqual(count(requests, "POST", LOGIN), 1, "one new login");
      assertEqual(count(requests, "GET", "/api/v4/secrets/DB_HOST"), 2, "rejected then retried");
    },
  },
  {
    name: "refuses bad input before sending any request",
    async run(ctx) {
      await ctx.clearRequests();
      const bad: [unknown, string][] = [
        [{ projectId: PROJECT_ID, secretName: "X" }, "environment"],
        [{ ...at, projectSlug: "e2e-app", secretName: "X" }, "projectSlug"],
        [{ ...at, secretName: 42 }, "secretName"],
      ];
      for (const [options, field] of bad) {
        await assertRejects(
          () => getSecret(ctx.client, options as never),
          (e) => e instanceof InfisicalValidationError && e.field === field,
          `validation error naming ${field}`,
        );
      }
      assertEqual((await ctx.requests()).length, 0, "no request sent");
    },
  },
];

/** Runs every case in order; returns one result per case (used inside workerd). */
export async function runAll(ctx: SuiteContext) {
  const results: { name: string; ok: boolean; error?: string }[] = [];
  for (const c of cases) {
    try {
      await c.run(ctx);
      results.push({ name: c.name, ok: true });
    } catch (error) {
      results.push({ name: c.name, ok: false, error: String((error as Error)?.stack ?? error) });
    }
  }
  return results;
}
