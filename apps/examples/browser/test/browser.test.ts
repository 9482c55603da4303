// Builds the page with Vite, serves it (vite preview), and drives Debian's headless Chromium
// (playwright-core, no browser download) through the form against the emulator served with
// CORS on another origin: the SDK's cross-origin requests and preflights are real.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEmulator, DEMO_PROJECT_ID, demoSeed } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { type Browser, chromium } from "playwright-core";
import { build, type PreviewServer, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireChromium } from "../../test-services.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

describe("apps/examples/browser in headless Chromium", () => {
  const emulator = createEmulator({ seed: demoSeed, cors: true });
  const outDir = mkdtempSync(join(tmpdir(), "ie-browser-"));
  let api: Awaited<ReturnType<typeof serve>>;
  let site: PreviewServer;
  let browser: Browser;
  beforeAll(async () => {
    const executablePath = requireChromium();
    api = await serve(emulator, { port: 0 });
    await build({ root, logLevel: "silent", build: { outDir, emptyOutDir: true } });
    site = await preview({
      root,
      logLevel: "silent",
      build: { outDir },
      preview: { host: "127.0.0.1", port: 0 },
    });
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it("logs in with a token and lists the secrets' names, from another origin", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const url = site.resolvedUrls?.local[0] as string;
    expect(new URL(url).origin).not.toBe(new URL(api.url).origin);
    await page.goto(url);
    await page.fill("input[name=siteUrl]", api.url);
    await page.fill("input[name=token]", "demo-token");
    await page.fill("input[name=projectId]", DEMO_PROJECT_ID);
    await page.click("button[type=submit]");
    await page.waitForFunction(() => document.querySelector("#status")?.textContent !== "Loading…");
    expect(await page.textContent("#status")).toBe("4 secrets");
    const names = await page.$$eval("#secrets li", (items) => items.map((li) => li.textContent));
    expect(names.sort()).toEqual(["API_KEY", "DATABASE_URL", "DB_HOST", "DB_PORT"]);
    // Names only: no value reaches the DOM.
    expect(await page.content()).not.toContain("demo-api-key");
    expect(errors).toEqual([]);
    expect(emulator.count({ path: "/api/v1/auth/universal-auth/login" })).toBe(0);
    expect(emulator.count({ method: "GET", path: "/api/v4/secrets" })).toBe(1);
  });

  it("shows the SDK's error for a rejected token, without the token", async () => {
    const page = await browser.newPage();
    await page.goto(site.resolvedUrls?.local[0] as string);
    await page.fill("input[name=siteUrl]", api.url);
    await page.fill("input[name=token]", "not-a-valid-token-4f2a");
    await page.fill("input[name=projectId]", DEMO_PROJECT_ID);
    await page.click("button[type=submit]");
    await page.waitForFunction(() => document.querySelector("#status")?.textContent !== "Loading…");
    const status = (await page.textContent("#status")) ?? "";
    expect(status).toMatch(/^Failed: GET \/api\/v4\/secrets failed: 403 TokenError/);
    expect(status).not.toContain("not-a-valid-token-4f2a");
  });
});
