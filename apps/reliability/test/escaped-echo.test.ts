// Issue 13 item 5: a proxy on 127.0.0.1 reflects the request (body and Authorization header)
// in its error page, escaped as HTML, as ASCII-only JSON, URL-encoded, or twice. No client
// secret, token or secret value may reach an error in any of these forms, and the leak
// scanner must recognise every one of them (it is shown the raw pages as a control).

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { universalAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";
import { createSecret } from "@infisical-edge/secrets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLeakScanner } from "../src/leak-scanner";

const CLIENT_SECRET = `cs-"quoted"&ämp'<tag>-0123456789`;
const SECRET_VALUE = `pässwörd "x" & 'y' <z> 42/é`;
const TOKEN = "tok.eyJhbGciOi-echo-test-token";

const html = (text: string) =>
  text.replace(
    /[&"'<>]/g,
    (c) => ({ "&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;" })[c] ?? c,
  );
const asciiJson = (text: string) =>
  JSON.stringify(text).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
const hexEntities = (text: string) =>
  text.replace(/[^a-z0-9]/gi, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);

/** How the proxy reflects `echo` (the request body and Authorization header): type and body. */
const MODES: Record<string, (echo: string) => [string, string]> = {
  "HTML page": (echo) => ["text/html", `<html><pre>${html(echo)}</pre></html>`],
  "hex entities": (echo) => ["text/html", `<p>${hexEntities(echo)}</p>`],
  "ASCII-only JSON as text": (echo) => ["text/plain", asciiJson(echo)],
  "ASCII-only JSON inside JSON": (echo) => [
    "application/json",
    JSON.stringify({ statusCode: 400, error: "Bad", message: `got ${asciiJson(echo)}` }),
  ],
  "HTML inside JSON": (echo) => [
    "application/json",
    JSON.stringify({ statusCode: 400, error: "Bad", message: `got ${html(echo)}` }),
  ],
  "double HTML escaping inside JSON": (echo) => [
    "application/json",
    JSON.stringify({ statusCode: 400, error: "Bad", message: html(html(echo)) }),
  ],
  "form URL encoding inside JSON": (echo) => [
    "application/json",
    JSON.stringify({ message: new URLSearchParams({ echo }).toString() }),
  ],
};

let server: Server;
let siteUrl: string;
let mode = "";
const pages: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      if (req.url === "/api/v1/auth/universal-auth/login" && !body.includes("echo-me")) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            accessToken: TOKEN,
            expiresIn: 3600,
            accessTokenMaxTTL: 0,
            tokenType: "Bearer",
          }),
        );
        return;
      }
      const [type, page] = MODES[mode]!(`${body} ${req.headers.authorization ?? ""}`);
      pages.push(page);
      res.writeHead(400, { "content-type": type });
      res.end(page);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("escaped echoes of the request never reach an error", () => {
  for (const name of Object.keys(MODES)) {
    it(`${name}: login and write errors hold no secret, token or client secret`, async () => {
      mode = name;
      pages.length = 0;
      const scanner = createLeakScanner().forbid(CLIENT_SECRET, SECRET_VALUE, TOKEN);
      const login = createClient({
        siteUrl,
        retry: false,
        auth: universalAuth({ clientId: "echo-me", clientSecret: CLIENT_SECRET }),
      });
      const loginError = await createSecret(login, {
        projectId: "p",
        environment: "dev",
        secretName: "A",
        secretValue: SECRET_VALUE,
      }).catch((e: unknown) => e);
      scanner.scanError(`${name}: login`, loginError);

      const write = createClient({
        siteUrl,
        retry: false,
        auth: universalAuth({ clientId: "ok", clientSecret: CLIENT_SECRET }),
      });
      const writeError = await createSecret(write, {
        projectId: "p",
        environment: "dev",
        secretName: "A",
        secretValue: SECRET_VALUE,
      }).catch((e: unknown) => e);
      scanner.scanError(`${name}: write`, writeError);

      expect(loginError).toMatchObject({ status: 400 });
      expect(writeError).toMatchObject({ status: 400 });
      expect(scanner.scanned).toBeGreaterThan(0);
      expect(scanner.findings).toEqual([]);

      // Control: the scanner sees the values in the pages the proxy sent.
      expect(pages).toHaveLength(2);
      const control = createLeakScanner().forbid(CLIENT_SECRET, SECRET_VALUE, TOKEN);
      for (const [i, page] of pages.entries()) {
        // What the SDK reads from a JSON page: its parsed message.
        const text = page.startsWith("{") ? String(JSON.parse(page).message) : page;
        control.scanText(`page ${i}`, text);
      }
      expect(control.findings.length).toBeGreaterThanOrEqual(2);
    });
  }
});
