// The README's programs run as written, against the in-process emulator they create.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

const root = new URL("../", import.meta.url);
const readme = readFileSync(fileURLToPath(new URL("README.md", root)), "utf8");
const programs = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
const tmp = fileURLToPath(new URL(".tmp/", root));

async function run(index: number): Promise<string[]> {
  mkdirSync(tmp, { recursive: true });
  const file = `${tmp}readme-${index}.ts`;
  writeFileSync(file, programs[index] ?? "");
  const logs: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args) => {
    logs.push(args.map(String).join(" "));
  });
  await import(/* @vite-ignore */ file);
  return logs;
}

afterEach(() => vi.restoreAllMocks());

describe("README", () => {
  it("has the overview and the tags/imports programs", () => {
    expect(programs).toHaveLength(2);
  });

  it("the overview runs", async () => {
    expect(await run(0)).toEqual(["created version 1", "k-2 postgres://localhost:5432/app true 1"]);
  });

  it("the tags and imports program runs", async () => {
    expect(await run(1)).toEqual(["payments", "STRIPE_KEY", "dev:/", "dev,staging", "0"]);
  }, 30_000);
});
