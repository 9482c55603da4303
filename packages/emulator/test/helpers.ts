import { createEmulator, type Emulator, type EmulatorOptions, type EmulatorSeed } from "../src";

// A world like the real server's fixture setup (_meta.json), plus a non-member identity.

export const PROJECT_ID = "d19bb31d-b476-4e48-9731-6418c7feeb54";
export const PROJECT_SLUG = "sdk-fixtures";
export const IDENTITY_ID = "0f6f2f0e-1111-4111-8111-000000000001";
export const OUTSIDER_ID = "0f6f2f0e-2222-4222-8222-000000000002";
export const CLIENT_ID = "fixture-client-id";
export const CLIENT_SECRET = "fixture-client-secret";
export const START = Date.parse("2026-11-26T06:57:00.000Z");

export const DB_URL_RAW = "postgres://${DB_HOST}:${DB_PORT}/app";

export function fixtureSeed(): EmulatorSeed {
  return {
    projects: [
      {
        id: PROJECT_ID,
        slug: PROJECT_SLUG,
        name: "SDK fixtures",
        environments: [
          { slug: "dev", name: "Development" },
          { slug: "staging", name: "Staging" },
          { slug: "prod", name: "Production" },
        ],
        folders: [{ environment: "dev", path: "/app" }],
        secrets: [
          { environment: "dev", key: "DB_HOST", value: "localhost" },
          { environment: "dev", key: "DB_PORT", value: "5432" },
          { environment: "dev", key: "DB_URL", value: DB_URL_RAW, comment: "uses references" },
          { environment: "dev", path: "/app", key: "NESTED_KEY", value: "nested-value" },
          { environment: "staging", key: "SHARED_FROM_STAGING", value: "from-staging" },
        ],
        imports: [{ environment: "dev", path: "/", fromEnvironment: "staging", fromPath: "/" }],
      },
    ],
    identities: [
      {
        id: IDENTITY_ID,
        name: "sdk-fixture-identity",
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        accessTokenTTL: 2592000,
        accessTokenMaxTTL: 2592000,
        projects: [PROJECT_ID],
      },
      { id: OUTSIDER_ID, name: "outsider", projects: [] },
    ],
  };
}

export function fixtureEmulator(options: EmulatorOptions = {}): Emulator {
  let now = START;
  return createEmulator({ seed: fixtureSeed(), clock: () => now++, ...options });
}

export interface CallOptions {
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
}

/** One request against an in-process emulator; JSON in, JSON out. */
export async function call(
  emulator: Emulator,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const url = new URL(path, "http://emulator.localhost");
  for (const [key, value] of Object.entries(options.query ?? {})) {
    url.searchParams.set(key, String(value));
  }
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  let body: string | undefined;
  if (options.body !== undefined) {
    headers.set("content-type", "application/json");
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  }
  const response = await emulator.fetch(url, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
  };
}

export function tokenFor(emulator: Emulator, identityId = IDENTITY_ID): string {
  return emulator.issueToken(identityId);
}

/** A client bound to one token, for v4 calls scoped to the fixture project's dev env. */
export function v4(emulator: Emulator, token = tokenFor(emulator)) {
  const at = { projectId: PROJECT_ID, environment: "dev" };
  return {
    token,
    list: (query: Record<string, string> = {}) =>
      call(emulator, "GET", "/api/v4/secrets", { token, query: { ...at, ...query } }),
    get: (name: string, query: Record<string, string | number> = {}) =>
      call(emulator, "GET", `/api/v4/secrets/${name}`, { token, query: { ...at, ...query } }),
    create: (name: string, body: Record<string, unknown>) =>
      call(emulator, "POST", `/api/v4/secrets/${name}`, { token, body: { ...at, ...body } }),
    update: (name: string, body: Record<string, unknown>) =>
      call(emulator, "PATCH", `/api/v4/secrets/${name}`, { token, body: { ...at, ...body } }),
    remove: (name: string, body: Record<string, unknown> = {}) =>
      call(emulator, "DELETE", `/api/v4/secrets/${name}`, { token, body: { ...at, ...body } }),
    batch: (method: string, body: Record<string, unknown>) =>
      call(emulator, method, "/api/v4/secrets/batch", { token, body: { ...at, ...body } }),
  };
}
