// The README's typed-configuration example runs as written against the in-process emulator.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const section = readme.slice(readme.indexOf("## Typed configuration"));
const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
const dir = fileURLToPath(new URL("../.tmp/", import.meta.url));

afterEach(() => vi.restoreAllMocks());

describe("README", () => {
  it("the typed-configuration example parses, then names both bad keys without values", {
    timeout: 60_000,
  }, async () => {
    expect(example).toContain("schema: Config");
    mkdirSync(dir, { recursive: true });
    const file = `${dir}readme-typed-config.ts`;
    writeFileSync(file, example);
    const logs: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args) => {
      logs.push(args.map(String).join(" "));
    });
    await import(/* @vite-ignore */ file);
    expect(logs).toEqual([
      "5433 info",
      "DB_HOST does not match the schema (message withheld: it quoted the value)",
      "SENTRY_DSN missing",
    ]);
  });
});
