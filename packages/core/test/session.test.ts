import { describe, expect, it } from "vitest";
import { type AuthMethod, createClient, InfisicalAuthError } from "../src/index";
import { postLogin } from "../src/internal/index";
import { errorBody, fakeFetch, json, loginBody } from "./fake-server";

const LOGIN = "/api/v1/auth/universal-auth/login";
const RENEW = "/api/v1/auth/token/renew";

const testAuth = (): AuthMethod => ({
  kind: "test",
  identity: () => "test-identity",
  login: (ctx) => postLogin(ctx, LOGIN, { clientId: "id", clientSecret: "cs" }),
});

function setup(handler: Parameters<typeof fakeFetch>[0]) {
  let time = 1_000_000;
  const server = fakeFetch(handler);
  const client = createClient({
    siteUrl: "http://emu.localhost",
    fetch: server.fetch,
    auth: testAuth(),
    now: () => time,
    retry: { minDelay: 1, maxDelay: 2 },
  });
  return { server, client, advance: (ms: number) => (time += ms) };
}

const logins = (calls: { path: string }[]) => calls.filter((c) => c.path === LOGIN).length;

describe("auth session", () => {
  it("logs in lazily, once for many concurrent callers", async () => {
    const { server, client } = setup((call) =>
      call.path === LOGIN ? json(loginBody("tok-1")) : json({ ok: true }),
    );
    expect(server.calls).toHaveLength(0);
    await Promise.all(Array.from({ length: 50 }, () => client.send({ method: "GET", path: "/r" })));
    expect(logins(server.calls)).toBe(1);
    expect(server.calls.filter((c) => c.path === "/r")).toHaveLength(50);
    expect(server.calls[1]?.headers.get("authorization")).toBe("Bearer tok-1");
  });

  it("renews shortly before expiry and switches to the token renew returns", async () => {
    const { server, client, advance } = setup((call) => {
      if (call.path === LOGIN) return json(loginBody("tok-1", 3600));
      if (call.path === RENEW) return json(loginBody("tok-2", 3600));
      return json({});
    });
    await client.send({ method: "GET", path: "/r" });
    advance(3590 * 1000); // inside the renew margin
    await client.send({ method: "GET", path: "/r" });
    const renew = server.calls.find((c) => c.path === RENEW);
    expect(renew?.body).toEqual({ accessToken: "tok-1" });
    expect(server.calls.at(-1)?.headers.get("authorization")).toBe("Bearer tok-2");
    expect(logins(server.calls)).toBe(1);
  });

  it("logs in again when renewal is refused", async () => {
    let n = 0;
    const { server, client, advance } = setup((call) => {
      if (call.path === LOGIN) return json(loginBody(`tok-${++n}`, 3600));
      if (call.path === RENEW) return json(errorBody(401, "UnauthorizedError", "revoked"), 401);
      return json({});
    });
    await client.send({ method: "GET", path: "/r" });
    advance(3600 * 1000);
    await client.send({ method: "GET", path: "/r" });
    expect(logins(server.calls)).toBe(2);
    expect(server.calls.at(-1)?.headers.get("authorization")).toBe("Bearer tok-2");
  });

  it("logs in again instead of renewing when the max TTL is near", async () => {
    let n = 0;
    const { server, client, advance } = setup((call) => {
      if (call.path === LOGIN) return json(loginBody(`tok-${++n}`, 3600, 4000));
      return json({});
    });
    await client.send({ method: "GET", path: "/r" });
    advance(3600 * 1000);
    await client.send({ method: "GET", path: "/r" });
    expect(server.calls.some((c) => c.path === RENEW)).toBe(false);
    expect(logins(server.calls)).toBe(2);
  });

  it("refreshes once and retries once when the token is rejected (401 or 403 TokenError)", async () => {
    for (const [status, kind] of [
      [401, "UnauthorizedError"],
      [403, "TokenError"],
    ] as const) {
      let n = 0;
      const { server, client } = setup((call) => {
        if (call.path === LOGIN) return json(loginBody(`tok-${++n}`));
        if (call.headers.get("authorization") === "Bearer tok-1") {
          return json(errorBody(status, kind, "token is no longer good"), status);
        }
        return json({ ok: true });
      });
      const res = await client.send({ method: "POST", path: "/w", body: { a: 1 } });
      expect(res.data).toEqual({ ok: true });
      expect(logins(server.calls)).toBe(2);
      expect(server.calls.filter((c) => c.path === "/w")).toHaveLength(2);
    }
  });

  it("does not loop when the fresh token is rejected too", async () => {
    const { server, client } = setup((call) =>
      call.path === LOGIN
        ? json(loginBody("tok"))
        : json(errorBody(401, "UnauthorizedError", "no"), 401),
    );
    await expect(client.send({ method: "GET", path: "/r" })).rejects.toThrow(InfisicalAuthError);
    expect(logins(server.calls)).toBe(2);
    expect(server.calls.filter((c) => c.path === "/r")).toHaveLength(2);
  });

  it("a refused login is an InfisicalAuthError with the server's message, attempted once", async () => {
    const { server, client } = setup(() =>
      json(errorBody(401, "UnauthorizedError", "Invalid credentials"), 401),
    );
    const err = await client.send({ method: "GET", path: "/r" }).catch((e) => e);
    expect(err).toBeInstanceOf(InfisicalAuthError);
    expect(err.serverMessage).toBe("Invalid credentials");
    expect(server.calls).toHaveLength(1);
  });

  it("exposes the expiry but never the token", async () => {
    const { client } = setup((call) =>
      call.path === LOGIN ? json(loginBody("tok-xyz", 60, 120)) : json({}),
    );
    expect(client.session.info()).toBeUndefined();
    await client.send({ method: "GET", path: "/r" });
    const info = client.session.info();
    expect(info?.expiresAt).toBe(1_000_000 + 60_000);
    expect(info?.maxExpiresAt).toBe(1_000_000 + 120_000);
    expect(JSON.stringify(info)).not.toContain("tok-xyz");
    expect(client.auth.info()).toEqual(info);
    expect(JSON.stringify(client)).not.toContain("tok-xyz");
  });
});
