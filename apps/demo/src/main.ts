// `pnpm demo`: serve the emulator on loopback, run a Worker in workerd (miniflare) that
// reads secrets through the SDK with a Workers KV cache, and print what it read.

import { gzipSync } from "node:zlib";
import { createEmulator } from "@infisical-edge/emulator";
import { serve } from "@infisical-edge/emulator/node";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { demo, seed } from "./seed";

const emulator = createEmulator({ seed });
const server = await serve(emulator, { port: 0 });
console.log(`emulator   ${server.url} (in-memory Infisical API, seeded project "demo-app")`);

const bundled = await build({
  entryPoints: [new URL("./worker.ts", import.meta.url).pathname],
  bundle: true,
  write: false,
  minify: true,
  format: "esm",
  platform: "neutral",
  conditions: ["source", "workerd", "worker", "browser"],
  mainFields: ["module", "main"],
});
const script = bundled.outputFiles[0]!.text;
console.log(
  `worker     ${(script.length / 1024).toFixed(1)} KB minified, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzipped (SDK + unstorage KV driver)`,
);

const mf = new Miniflare({
  modules: true,
  script,
  compatibilityDate: "2025-01-01",
  kvNamespaces: ["INFISICAL_CACHE"],
  bindings: {
    INFISICAL_SITE_URL: server.url,
    INFISICAL_CLIENT_ID: demo.clientId,
    INFISICAL_CLIENT_SECRET: demo.clientSecret,
    INFISICAL_PROJECT_ID: demo.projectId,
  },
});

try {
  for (const attempt of [1, 2]) {
    const response = await mf.dispatchFetch("http://demo.worker/");
    const body = (await response.json()) as {
      databaseUrl: string;
      firstReadMs: number;
      secondReadMs: number;
      secrets: Record<string, string>;
    };
    console.log(`\nrequest ${attempt} to the Worker (status ${response.status})`);
    console.log(`  DATABASE_URL      ${body.databaseUrl}`);
    console.log(
      `  first read        ${body.firstReadMs} ms${attempt === 1 ? " (login + network)" : " (KV cache)"}`,
    );
    console.log(`  second read       ${body.secondReadMs} ms (KV cache)`);
    console.log(`  loadSecrets()     ${JSON.stringify(body.secrets)}`);
  }
  const count = (path: string) => emulator.count({ path });
  console.log(
    `\nemulator saw ${count("/api/v1/auth/universal-auth/login")} login(s) and ${count("/api/v4/secrets/DATABASE_URL")} read(s) of DATABASE_URL`,
  );
} finally {
  await mf.dispose();
  await server.close();
}
