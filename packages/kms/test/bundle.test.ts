// Tree-shaking: a bundle that imports only encrypt and decrypt must carry no key-management,
// envelope or signing code. Built like a Worker bundle (esbuild, platform neutral).

import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { build as viteBuild } from "vite";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

async function bundle(imports: string, from = "@infisical-edge/kms"): Promise<string> {
  const result = await build({
    stdin: {
      contents: `export { ${imports} } from "${from}";`,
      resolveDir: packageDir,
      loader: "ts",
    },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["source", "worker", "browser"],
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

// Strings only the other areas contain (they survive minification).
const KEY_MANAGEMENT = ["key-name", "orderDirection", "encryptionAlgorithm", "totalCount"];
const SIGNING = ["signing-algorithms", "public-key", "signingAlgorithm", "RSASSA", "ECDSA", "spki"];
const ENVELOPE = ["Cannot open envelope", "unwrap-failed"];

describe("a bundle importing only encrypt and decrypt", () => {
  it("carries no key-management, envelope or signing code", async () => {
    const code = await bundle("encrypt, decrypt");
    expect(code).toContain("encrypt");
    expect(code).toContain("decrypt");
    for (const marker of [...KEY_MANAGEMENT, ...SIGNING, ...ENVELOPE]) {
      expect(code.includes(marker), marker).toBe(false);
    }
    // Nothing from Node either.
    expect(code).not.toMatch(/\bBuffer\b|node:|require\(/);
  });

  it("the markers do appear when those functions are imported (the check can fail)", async () => {
    const code = await bundle(
      "listKeys, createKey, getKeyByName, sign, listSigningAlgorithms, verifyLocally, decryptEnvelope",
    );
    for (const marker of [...KEY_MANAGEMENT, ...SIGNING, ...ENVELOPE]) {
      expect(code.includes(marker), marker).toBe(true);
    }
  });

  it("holds for the published build too (one output file per module)", async () => {
    const outDir = `${packageDir}.tmp/dist`;
    await viteBuild({
      configFile: `${packageDir}vite.config.ts`,
      logLevel: "silent",
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
    const code = await bundle("encrypt, decrypt", `${outDir}/index.js`);
    expect(code).toContain("decrypt");
    for (const marker of [...KEY_MANAGEMENT, ...SIGNING, ...ENVELOPE]) {
      expect(code.includes(marker), marker).toBe(false);
    }
  });
});
