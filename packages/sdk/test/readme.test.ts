// The README cannot rot: its first example runs as written (against the in-process emulator it
// creates), and every TypeScript block is compiled by tsc with the workspace's settings.
// Blocks with imports are whole programs; the others are fragments and get a prelude that
// declares `client`. Blocks fenced as ```ts official are the official @infisical/sdk's calls
// and compile against its published types (5.0.2), taken from apps/bench, the only package
// that depends on the official SDK.

import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";

const root = new URL("../", import.meta.url);
const readme = readFileSync(fileURLToPath(new URL("README.md", root)), "utf8");
const blocks = [...readme.matchAll(/```ts( official)?\n([\s\S]*?)```/g)].map((m) => ({
  official: m[1] !== undefined,
  code: m[2] ?? "",
}));
const tmp = fileURLToPath(new URL(".tmp/", root));

const PRELUDE = {
  ours: [
    "import {",
    "  DynamicSecretProviders,",
    "  InfisicalSDKClient,",
    "  KmsKeysOrderBy,",
    "  OrderDirection,",
    "  SymmetricEncryption,",
    '} from "@infisical-edge/sdk";',
    "declare const client: InfisicalSDKClient;",
    "",
  ].join("\n"),
  official: [
    'import type { InfisicalSDK } from "@infisical/sdk";',
    "declare const client: InfisicalSDK;",
    "",
  ].join("\n"),
};

afterEach(() => vi.restoreAllMocks());

describe("README", () => {
  it("has the example, the Python twins and the official SDK twins", () => {
    expect(blocks.filter((b) => !b.official).length).toBeGreaterThan(20);
    expect(blocks.filter((b) => b.official).length).toBeGreaterThan(5);
  });

  it("the first example runs against the emulator", async () => {
    mkdirSync(tmp, { recursive: true });
    const file = `${tmp}readme-example.ts`;
    writeFileSync(file, blocks[0]?.code ?? "");
    const logs: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args) => {
      logs.push(args.map(String).join(" "));
    });
    await import(/* @vite-ignore */ file);
    expect(logs).toEqual([
      "Bearer 2592000",
      "API_KEY,DATABASE_URL,DB_HOST,DB_PORT",
      "postgres://localhost:5432/app",
    ]);
  });

  it("every TypeScript block compiles", async () => {
    const dir = `${tmp}readme-blocks/`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    blocks.forEach((block, i) => {
      const whole = /^import /m.test(block.code);
      const prelude = whole ? "" : block.official ? PRELUDE.official : PRELUDE.ours;
      const name = `block-${String(i).padStart(2, "0")}${block.official ? "-official" : ""}.ts`;
      writeFileSync(`${dir}${name}`, `${prelude}${block.code}\nexport {};\n`);
    });
    const tsconfig = {
      extends: "../../../../tsconfig.json",
      compilerOptions: {
        paths: {
          "@infisical-edge/sdk": ["../../src/index.ts"],
          "@infisical/sdk": ["../../../../apps/bench/node_modules/@infisical/sdk"],
        },
      },
      include: ["*.ts"],
      exclude: [],
    };
    writeFileSync(`${dir}tsconfig.json`, JSON.stringify(tsconfig, null, 2));
    // TypeScript 7 (tools/), as `pnpm typecheck`: several times faster than 5.9 here.
    const tsc = fileURLToPath(new URL("../../tools/node_modules/typescript7/bin/tsc", root));
    const result = await promisify(execFile)(process.execPath, [tsc, "-p", dir]).then(
      () => "",
      (error: { stdout?: string; message: string }) => error.stdout || error.message,
    );
    expect(result).toBe("");
  }, 120_000);
});
