import { describe, expect, it } from "vitest";
import { createEmulator, DEMO_IDENTITY_ID, demoSeed } from "../src";
import {
  call,
  fixtureEmulator,
  IDENTITY_ID,
  OUTSIDER_ID,
  PROJECT_ID,
  PROJECT_SLUG,
  tokenFor,
  v4,
} from "./helpers";

describe("ETag and conditional GETs", () => {
  it("answers 304 with no body when If-None-Match matches, 200 after a change", async () => {
    const emulator = fixtureEmulator();
    const api = v4(emulator);
    const first = await api.get("DB_HOST");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9+/=]+"$/);
    const query = { projectId: PROJECT_ID, environment: "dev" };
    const again = await emulator.fetch(
      `http://e.test/api/v4/secrets/DB_HOST?${new URLSearchParams(query)}`,
      { headers: { authorization: `Bearer ${api.token}`, "if-none-match": `W/${etag}` } },
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);

    await api.update("DB_HOST", { secretValue: "changed" });
    const changed = await call(emulator, "GET", "/api/v4/secrets/DB_HOST", {
      token: api.token,
      query,
      headers: { "if-none-match": etag ?? "" },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("tags list responses too and revalidates them", async () => {
    const emulator = fixtureEmulator();
    const api = v4(emulator);
    const etag = (await api.list()).headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const revalidated = await call(emulator, "GET", "/api/v4/secrets", {
      token: api.token,
      query: { projectId: PROJECT_ID, environment: "dev" },
      headers: { "if-none-match": etag },
    });
    expect(revalidated.status).toBe(304);
  });
});

describe("errors outside the routes", () => {
  it("answers unknown routes like Fastify", async () => {
    const emulator = fixtureEmulator();
    const result = await call(emulator, "GET", "/x?y=1");
    expect(result.status).toBe(404);
    expect(result.body).toEqual({
      message: "Route GET:/x?y=1 not found",
      error: "Not Found",
      statusCode: 404,
    });
    expect((await call(emulator, "PUT", "/api/v4/secrets")).status).toBe(404);
  });

  it("answers malformed JSON with 500 InternalServerError", async () => {
    const emulator = fixtureEmulator();
    const result = await call(emulator, "POST", "/api/v4/secrets/BAD", {
      token: tokenFor(emulator),
      body: "{not json",
    });
    expect(result.status).toBe(500);
    expect(result.body).toMatchObject({
      message: "Something went wrong",
      error: "InternalServerError",
    });
    expect(result.headers.get("x-request-id")).toBe(result.body.reqId);
  });
});

describe("request log", () => {
  it("records method, path, query and status but never bodies or tokens", async () => {
    const emulator = fixtureEmulator();
    const api = v4(emulator);
    await api.list();
    await api.get("DB_HOST");
    await api.get("NOPE");
    await api.create("NEW", { secretValue: "s3cret" });
    expect(emulator.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ["GET", "/api/v4/secrets", 200],
      ["GET", "/api/v4/secrets/DB_HOST", 200],
      ["GET", "/api/v4/secrets/NOPE", 404],
      ["POST", "/api/v4/secrets/NEW", 200],
    ]);
    expect(emulator.requests[0]?.query).toEqual({ projectId: PROJECT_ID, environment: "dev" });
    expect(JSON.stringify(emulator.requests)).not.toContain("s3cret");
    expect(JSON.stringify(emulator.requests)).not.toContain(api.token);
    expect(emulator.count()).toBe(4);
    expect(emulator.count({ method: "get" })).toBe(3);
    expect(emulator.count({ path: "/api/v4/secrets/DB_HOST" })).toBe(1);
    expect(emulator.count({ method: "GET", path: /^\/api\/v4\/secrets\/.+/ })).toBe(2);
    emulator.clearRequests();
    expect(emulator.requests).toHaveLength(0);
  });
});

describe("control endpoints", () => {
  it("expose the log, clear it, advance the clock and mint tokens, unrecorded", async () => {
    const emulator = fixtureEmulator();
    const minted = await call(emulator, "POST", "/__emulator/tokens", {
      body: { identityId: IDENTITY_ID, ttl: 60 },
    });
    const token = minted.body.accessToken;
    const list = () =>
      call(emulator, "GET", "/api/v4/secrets", {
        token,
        query: { projectId: PROJECT_ID, environment: "dev" },
      });
    expect((await list()).status).toBe(200);
    const log = await call(emulator, "GET", "/__emulator/requests");
    expect(log.body.requests).toEqual([
      {
        method: "GET",
        path: "/api/v4/secrets",
        query: { projectId: PROJECT_ID, environment: "dev" },
        status: 200,
      },
    ]);
    const before = emulator.now();
    await call(emulator, "POST", "/__emulator/clock/advance", { body: { ms: 61_000 } });
    expect(emulator.now() - before).toBeGreaterThanOrEqual(61_000);
    expect((await list()).body.error).toBe("TokenError");
    await call(emulator, "POST", "/__emulator/requests/clear", { body: {} });
    expect(emulator.requests).toHaveLength(0);
    expect(
      (await call(emulator, "POST", "/__emulator/tokens", { body: { identityId: "x" } })).status,
    ).toBe(404);
    expect((await call(emulator, "POST", "/__emulator/clock/advance", { body: {} })).status).toBe(
      422,
    );
  });
});

describe("CORS", () => {
  it("answers preflights and exposes headers when enabled", async () => {
    const emulator = fixtureEmulator({ cors: true });
    const preflight = await emulator.fetch("http://e.test/api/v4/secrets", {
      method: "OPTIONS",
      headers: {
        origin: "http://app.test",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://app.test");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("PATCH");
    const response = await call(emulator, "GET", "/api/v4/secrets", {
      headers: { origin: "http://app.test" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("http://app.test");
    expect(response.headers.get("access-control-expose-headers")).toContain("etag");
    expect(emulator.count({ method: "OPTIONS" })).toBe(0);
  });

  it("does nothing of the sort by default", async () => {
    const emulator = fixtureEmulator();
    const preflight = await emulator.fetch("http://e.test/api/v4/secrets", {
      method: "OPTIONS",
      headers: { origin: "http://app.test", "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(404);
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("projects", () => {
  it("looks a project up by slug on both paths", async () => {
    const emulator = fixtureEmulator();
    const token = tokenFor(emulator);
    for (const path of [
      `/api/v2/workspace/${PROJECT_SLUG}`,
      `/api/v1/projects/slug/${PROJECT_SLUG}`,
    ]) {
      const { status, body } = await call(emulator, "GET", path, { token });
      expect(status).toBe(200);
      expect(Object.keys(body.project)).toEqual([
        "id",
        "name",
        "slug",
        "type",
        "environments",
        "createdAt",
        "updatedAt",
      ]);
      expect(body.project).toMatchObject({ id: PROJECT_ID, type: "secret-manager" });
      expect(body.project.environments.map((e: any) => e.slug)).toEqual(["dev", "staging", "prod"]);
    }
    expect((await call(emulator, "GET", "/api/v2/workspace/nope", { token })).status).toBe(404);
    const outsider = await call(emulator, "GET", `/api/v2/workspace/${PROJECT_SLUG}`, {
      token: tokenFor(emulator, OUTSIDER_ID),
    });
    expect(outsider.status).toBe(403);
  });
});

describe("determinism and defaults", () => {
  it("derives ids and tokens from idSeed and counters", async () => {
    const make = (idSeed?: string) => createEmulator({ seed: demoSeed, idSeed, clock: () => 0 });
    const [a, b, c] = [make("one"), make("one"), make("two")];
    expect([...a.state.secrets.keys()]).toEqual([...b.state.secrets.keys()]);
    expect(a.issueToken(DEMO_IDENTITY_ID)).toBe(b.issueToken(DEMO_IDENTITY_ID));
    expect([...a.state.secrets.keys()]).not.toEqual([...c.state.secrets.keys()]);
    const id = [...a.state.secrets.keys()][0];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("accepts relative URLs and starts empty without a seed", async () => {
    const emulator = createEmulator();
    const response = await emulator.fetch("/api/v1/auth/universal-auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ clientId: "a", clientSecret: "b" }),
    });
    expect(response.status).toBe(401);
    expect(emulator.state.projects.size).toBe(0);
  });

  it("ships a demo seed usable with demo credentials and the demo token", async () => {
    const emulator = createEmulator({ seed: demoSeed });
    const login = await call(emulator, "POST", "/api/v1/auth/universal-auth/login", {
      body: { clientId: "demo-client-id", clientSecret: "demo-client-secret" },
    });
    const project = await call(emulator, "GET", "/api/v1/projects/slug/demo-project", {
      token: login.body.accessToken,
    });
    const secret = await call(emulator, "GET", "/api/v4/secrets/DATABASE_URL", {
      token: "demo-token",
      query: { projectId: project.body.project.id, environment: "dev" },
    });
    expect(secret.body.secret.secretValue).toBe("postgres://localhost:5432/app");
    const list = await call(emulator, "GET", "/api/v4/secrets", {
      token: "demo-token",
      query: { projectId: project.body.project.id, environment: "dev" },
    });
    expect(list.body.imports[0].environment).toBe("staging");
  });
});
