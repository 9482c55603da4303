// The README's examples run as written (against the in-process emulator they create).

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
const dir = fileURLToPath(new URL("../.tmp/", import.meta.url));

async function run(index: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const file = `${dir}readme-${index}.ts`;
  writeFileSync(file, examples[index] ?? "");
  const logs: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args) => {
    logs.push(args.map((a) => (a instanceof Uint8Array ? `bytes:${[...a]}` : String(a))).join(" "));
  });
  await import(/* @vite-ignore */ file);
  return logs;
}

afterEach(() => vi.restoreAllMocks());

describe("README examples", () => {
  it("has two", () => {
    expect(examples).toHaveLength(2);
  });

  it("keys and encryption", async () => {
    expect(await run(0)).toEqual(["4111 1111 1111 1111", "bytes:222,173,190,239", "1 orders"]);
  });

  it("envelopes and local verification", async () => {
    expect(await run(1)).toEqual(["5242880", "true", "true", "true"]);
  });
});
