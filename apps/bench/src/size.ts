// Bundle sizes for the workerd/browser target, minified and gzipped, printed as a table.
// A bundle that pulls in a Node built-in fails to build (platform "neutral" resolves none),
// and the modular Worker must stay within its budget in size-budget.json.

import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const entries: [name: string, file: string, what: string][] = [
  [
    "worker-modular",
    "worker-modular.ts",
    "createClient + universalAuth + getSecret (built-in memory cache)",
  ],
  [
    "worker-unstorage-memory",
    "worker-unstorage-memory.ts",
    "same, with unstorage's memory driver as cache",
  ],
  ["raw-fetch", "raw-fetch.ts", "hand-written fetch baseline (no cache, retries or validation)"],
  ["package-core", "package-core.ts", "all of @infisical-edge/core"],
  ["package-auth", "package-auth.ts", "all of @infisical-edge/auth"],
  ["package-secrets", "package-secrets.ts", "all of @infisical-edge/secrets"],
];

async function measure(file: string, external: string[] = []) {
  const result = await build({
    external,
    entryPoints: [new URL(`./entries/${file}`, import.meta.url).pathname],
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["source", "workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    text: new TextDecoder().decode(code),
  };
}

const budget = JSON.parse(readFileSync(new URL("../size-budget.json", import.meta.url), "utf8"));
const rows: { name: string; min: number; gzip: number; what: string }[] = [];
for (const [name, file, what] of entries) {
  const { min, gzip, text } = await measure(file);
  if (/\bBuffer\b|\bprocess\.env\b|require\(/.test(text) && !name.startsWith("raw")) {
    console.warn(`warning: ${name} mentions Buffer, process.env or require()`);
  }
  rows.push({ name, min, gzip, what });
}

const raw = rows.find((r) => r.name === "raw-fetch")!;
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
console.log("| bundle | minified | gzipped | vs raw fetch | contents |");
console.log("|---|---:|---:|---:|---|");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${kb(r.min)} | ${kb(r.gzip)} | ${(r.gzip / raw.gzip).toFixed(1)}x | ${r.what} |`,
  );
}
console.log(
  "\nThe official @infisical/sdk cannot be bundled for workerd at all (it imports the AWS SDK and Node built-ins).",
);

// ofetch's own share of the read-one-secret Worker: the same bundle with ofetch left out.
const modular = rows.find((r) => r.name === "worker-modular")!;
const withoutOfetch = await measure("worker-modular.ts", ["ofetch"]);
console.log(
  `ofetch in worker-modular: ${modular.min - withoutOfetch.min} B minified, ${modular.gzip - withoutOfetch.gzip} B gzipped (${((100 * (modular.gzip - withoutOfetch.gzip)) / modular.gzip).toFixed(0)}% of it)`,
);

let failed = false;
for (const [name, limit] of Object.entries(budget)) {
  if (name.startsWith("$")) continue;
  const row = rows.find((r) => r.name === name);
  if (!row) continue;
  const ok = row.gzip <= (limit as number);
  failed ||= !ok;
  console.log(`budget ${name}: ${row.gzip} B gzipped of ${limit} B ${ok ? "ok" : "EXCEEDED"}`);
}
if (failed) process.exit(1);
