// The README's runnable example runs as written (against the in-process emulator it creates).

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
const dir = fileURLToPath(new URL("../.tmp/", import.meta.url));

afterEach(() => vi.restoreAllMocks());

describe("README", () => {
  it("has one runnable example, and it prints the secret and one login", async () => {
    expect(examples).toHaveLength(1);
    mkdirSync(dir, { recursive: true });
    const file = `${dir}readme-0.ts`;
    writeFileSync(file, examples[0] ?? "");
    const logs: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args) => void logs.push(args.join(" ")));
    await import(/* @vite-ignore */ file);
    expect(logs).toEqual(["demo-api-key", "1 login"]);
  });
});
