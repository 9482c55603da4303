import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEmulator } from "../src";
import { loadSeed, type RunningServer, runCli, serve } from "../src/node";
import { CLIENT_ID, CLIENT_SECRET, fixtureSeed, PROJECT_ID } from "./helpers";

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

describe("serve (node:http)", () => {
  it("serves the emulator on a free loopback port to a real fetch", async () => {
    const emulator = createEmulator({ seed: fixtureSeed() });
    const server = await serve(emulator, { port: 0 });
    running.push(server);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);

    const login = await fetch(`${server.url}/api/v1/auth/universal-auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const url = `${server.url}/api/v4/secrets/DB_URL?projectId=${PROJECT_ID}&environment=dev`;
    const read = await fetch(url, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(read.status).toBe(200);
    expect(read.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await read.json()) as { secret: { secretValue: string } };
    expect(body.secret.secretValue).toBe("postgres://localhost:5432/app");

    const etag = read.headers.get("etag") ?? "";
    const cached = await fetch(url, {
      headers: { authorization: `Bearer ${accessToken}`, "if-none-match": etag },
    });
    expect(cached.status).toBe(304);
    const log = await fetch(`${server.url}/__emulator/requests`);
    expect(((await log.json()) as { requests: unknown[] }).requests).toHaveLength(3);
  });

  it("listens on loopback only, answers loopback hosts only, and caps request bodies", async () => {
    const emulator = createEmulator({ seed: fixtureSeed() });
    for (const hostname of ["0.0.0.0", "", "192.0.2.2", "example.com"]) {
      await expect(serve(emulator, { hostname }), hostname).rejects.toThrow(/loopback/);
    }
    const server = await serve(emulator, { port: 0 });
    running.push(server);
    const { request } = await import("node:http");
    // fetch cannot set Host: node:http sends what a rebinding page's browser would.
    const withHost = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${server.url}/api/v1/auth/universal-auth/login`, {
          method: "POST",
          headers: { host, "content-type": "application/json" },
        });
        req.on("response", (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end(JSON.stringify({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }));
      });
    expect(await withHost("attacker.example")).toBe(421);
    expect(await withHost(`localhost:${server.port}`)).toBe(200);
    expect(await withHost(`emu.localhost:${server.port}`)).toBe(200);
    const huge = await fetch(`${server.url}/api/v1/auth/universal-auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Uint8Array(33 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
  });

  it("closes cleanly with keep-alive connections open", async () => {
    const server = await serve(createEmulator(), { port: 0 });
    await fetch(`${server.url}/nope`);
    await server.close();
    await expect(fetch(`${server.url}/nope`)).rejects.toThrow();
  });
});

describe("CLI", () => {
  it("serves a seed file and prints the listening line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emulator-"));
    const seedPath = join(dir, "seed.json");
    writeFileSync(seedPath, JSON.stringify(fixtureSeed()));
    const { server, output } = await runCli(["--port", "0", "--seed", seedPath, "--cors"]);
    if (!server) throw new Error("no server");
    running.push(server);
    expect(output).toBe(`infisical-emulator listening on ${server.url}`);
    const preflight = await fetch(`${server.url}/api/v4/secrets`, {
      method: "OPTIONS",
      headers: { origin: "http://app.test", "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(204);
  });

  it("defaults to the demo seed, and prints usage on --help", async () => {
    const { server } = await runCli(["--port", "0"]);
    if (!server) throw new Error("no server");
    running.push(server);
    const login = await fetch(`${server.url}/api/v1/auth/universal-auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ clientId: "demo-client-id", clientSecret: "demo-client-secret" }),
    });
    expect(login.status).toBe(200);
    expect((await runCli(["--help"])).output).toMatch(/^Usage: infisical-emulator/);
    await expect(runCli(["--port", "nope"])).rejects.toThrow(/Invalid --port/);
  });

  it("loadSeed rejects files that are not a seed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emulator-"));
    writeFileSync(join(dir, "bad.json"), "{nope");
    writeFileSync(join(dir, "list.json"), "[]");
    writeFileSync(join(dir, "field.json"), JSON.stringify({ projects: {} }));
    await expect(loadSeed(join(dir, "bad.json"))).rejects.toThrow(/not valid JSON/);
    // The parser's message quotes the text near the mistake: never a credential from it.
    writeFileSync(join(dir, "secret.json"), '{"tokens":[{"token":tok-SECRET-value}]}');
    const error = await loadSeed(join(dir, "secret.json")).catch((e: Error) => e);
    expect(String(error)).toMatch(/not valid JSON/);
    expect(String(error)).not.toContain("SECRET");
    await expect(loadSeed(join(dir, "list.json"))).rejects.toThrow(/JSON object/);
    await expect(loadSeed(join(dir, "field.json"))).rejects.toThrow(/must be an array/);
  });
});
