// The README's programs run as written, against the in-process emulator each one creates.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

const root = new URL("../", import.meta.url);
const readme = readFileSync(fileURLToPath(new URL("README.md", root)), "utf8");
const tmp = fileURLToPath(new URL(".tmp/", root));

/** The first ts program of the section under `heading` (or of the README when none). */
function program(heading?: string): string {
  const text = heading ? readme.slice(readme.indexOf(heading)) : readme;
  return /```ts\n([\s\S]*?)```/.exec(text)?.[1] ?? "";
}

async function run(name: string, source: string): Promise<string[]> {
  mkdirSync(tmp, { recursive: true });
  const file = `${tmp}readme-${name}.ts`;
  writeFileSync(file, source);
  const logs: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args) => {
    logs.push(args.map(String).join(" "));
  });
  await import(/* @vite-ignore */ file);
  return logs;
}

afterEach(() => vi.restoreAllMocks());

describe("README", () => {
  it("has the overview, typed-configuration and tags/imports programs", () => {
    expect([...readme.matchAll(/```ts\n/g)]).toHaveLength(3);
  });

  it("the overview runs", async () => {
    expect(await run("overview", program())).toEqual([
      "created version 1",
      "k-2 postgres://localhost:5432/app true 1",
    ]);
  }, 30_000);

  it("the typed-configuration example parses, then names both bad keys without values", async () => {
    const source = program("## Typed configuration");
    expect(source).toContain("schema: Config");
    expect(await run("typed-config", source)).toEqual([
      "5433 info",
      "DB_HOST does not match the schema (message withheld: it may quote the value)",
      "SENTRY_DSN missing",
    ]);
  }, 60_000);

  it("the tags and imports program runs", async () => {
    expect(await run("tags-imports", program("## Tags and secret imports"))).toEqual([
      "payments",
      "STRIPE_KEY",
      "dev:/",
      "dev,staging",
      "0",
    ]);
  }, 30_000);
});
