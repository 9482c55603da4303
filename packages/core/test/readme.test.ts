// The README's hooks example runs as written (against the in-process emulator it creates) and
// prints the spans it promises; every TypeScript block also compiles with the workspace's
// settings (tsc, package sources through `paths`).

import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
const dir = fileURLToPath(new URL("../.tmp/", import.meta.url));

afterEach(() => vi.restoreAllMocks());

describe("README", () => {
  it("the hooks example traces the login and the read, and nothing secret", {
    timeout: 60_000,
  }, async () => {
    const example = blocks.find((code) => code.includes("hooks: tracing"));
    expect(example).toBeDefined();
    mkdirSync(dir, { recursive: true });
    const file = `${dir}readme-hooks.ts`;
    writeFileSync(file, example ?? "");
    const logs: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args) => {
      logs.push(args.map(String).join(" "));
    });
    await import(/* @vite-ignore */ file);
    const promised = [...(example ?? "").matchAll(/^\/\/ (infisical .*)$/gm)].map((m) => m[1]);
    expect(promised).toHaveLength(2);
    expect(logs).toEqual(promised);
    expect(logs.join("\n")).not.toMatch(/demo-client-secret|Bearer/);
  });

  it("every TypeScript block compiles", { timeout: 180_000 }, async () => {
    const blockDir = `${dir}readme-blocks/`;
    rmSync(blockDir, { recursive: true, force: true });
    mkdirSync(blockDir, { recursive: true });
    // Fragments without imports get the names they refer to.
    const prelude = [
      'import { type AuthMethod, createClient } from "@infisical-edge/core";',
      "declare const auth: AuthMethod;",
      "declare const ctx: { waitUntil(promise: Promise<unknown>): void };",
      "declare const metrics: { count(name: string, tags: object): void };",
      "",
    ].join("\n");
    blocks.forEach((code, i) => {
      const whole = /^import /m.test(code);
      writeFileSync(`${blockDir}block-${i}.ts`, `${whole ? "" : prelude}${code}\nexport {};\n`);
    });
    const src = (name: string) => [`../../../${name}/src/index.ts`];
    const tsconfig = {
      extends: "../../../../tsconfig.json",
      compilerOptions: {
        paths: {
          "@infisical-edge/core": src("core"),
          "@infisical-edge/auth": src("auth"),
          "@infisical-edge/emulator": src("emulator"),
          "@infisical-edge/secrets": src("secrets"),
        },
      },
      include: ["*.ts"],
      exclude: [],
    };
    writeFileSync(`${blockDir}tsconfig.json`, JSON.stringify(tsconfig, null, 2));
    // TypeScript 7 (tools/), as `pnpm typecheck`: several times faster than 5.9 here.
    const tsc = fileURLToPath(
      new URL("../../../tools/node_modules/typescript7/bin/tsc", import.meta.url),
    );
    const result = await promisify(execFile)(process.execPath, [tsc, "-p", blockDir]).then(
      () => "",
      (error: { stdout?: string; message: string }) => error.stdout || error.message,
    );
    expect(result).toBe("");
  });
});
