// The README's first example runs as written (against the in-process emulator it creates).

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const dir = fileURLToPath(new URL("../.tmp/", import.meta.url));

afterEach(() => vi.restoreAllMocks());

describe("README", () => {
  it("the runnable example logs in with AWS IAM and LDAP against the emulator", async () => {
    mkdirSync(dir, { recursive: true });
    const file = `${dir}readme-example.ts`;
    writeFileSync(file, example);
    const logs: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args) => {
      logs.push(args.map(String).join(" "));
    });
    await import(/* @vite-ignore */ file);
    expect(logs).toEqual(["true true", "true"]);
  });
});
