#!/usr/bin/env node
// Consumer tests: every package as users get it. Packs and publishes the built packages to a
// Verdaccio on 127.0.0.1 (fresh storage, this run only), installs them into fresh projects
// with npm, Bun and Deno, and runs programs and type checks against them. Uses the `node` that
// runs this script; `--node <path>` (repeatable) runs the Node programs (ESM import, CommonJS
// require) under that Node binary too, against the same install: packing, installing, type
// checks, the Worker, Deno, Bun and JSR do not depend on the Node version, so they run once.
// Needs `pnpm build` first. Prints one line per check, one `consumers node vX.Y.Z: N passed,
// M failed` line per Node, and a last line `consumers: N passed, M failed`; exit code 1 on any
// failure. Everything started here (registry, emulator, workerd) is stopped at the end.

import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const bin = (dir, name) => join(dir, "node_modules/.bin", name);
const require = createRequire(import.meta.url);
const keep = process.argv.includes("--keep");
/** Other Node binaries for the Node programs (`--node <path>`), beside the one running this. */
const otherNodes = process.argv.flatMap((arg, i) =>
  process.argv[i - 1] === "--node" ? [arg] : [],
);

const results = [];
const cleanups = [];
const work = mkdtempSync(join(tmpdir(), "infisical-consumers-"));

/** Runs a command; resolves with its output, rejects with the output on a non-zero exit. */
function run(cmd, args, { cwd = work, env = {}, timeoutMs = 480_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`${cmd}: ${e.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(" ")} exited ${code ?? signal}\n${out}`));
    });
  });
}

/** Starts a long-running child and resolves once a line of its output matches `ready`. */
function start(cmd, args, ready, { cwd = work, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: "pipe" });
    cleanups.push(() => child.exitCode === null && child.kill("SIGTERM"));
    let out = "";
    const onData = (d) => {
      out += d;
      const match = out.match(ready);
      if (match) resolve({ child, match });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${cmd} exited ${code} before ready\n${out}`)));
  });
}

/** Runs one check; `node` is the version it exercises (the running one unless given). */
async function check(name, fn, node = process.version) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, node, ok: true });
    console.log(`PASS ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, node, ok: false });
    console.log(`FAIL ${name}\n${String(error?.stack ?? error).replace(/^/gm, "  ")}`);
  }
}

/** Runs async jobs with at most `limit` at a time (the machine has few cores). */
async function pool(limit, jobs) {
  const queue = [...jobs];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (queue.length) await queue.shift()();
    }),
  );
}

const packages = readdirSync(join(root, "packages")).filter((p) =>
  existsSync(join(root, "packages", p, "package.json")),
);
const names = packages.map((p) => `@infisical-edge/${p}`);
const CF_TYPES = `@cloudflare/workers-types@${
  JSON.parse(readFileSync(join(here, "../../packages/cloudflare/package.json"), "utf8"))
    .devDependencies["@cloudflare/workers-types"]
}`;

async function startRegistry() {
  const { runServer } = require(join(here, "node_modules/verdaccio"));
  const storage = join(work, "registry");
  const app = await runServer({
    self_path: storage,
    storage,
    auth: { htpasswd: { file: join(storage, "htpasswd"), max_users: 10 } },
    uplinks: { npmjs: { url: "https://registry.npmjs.org/", cache: false } },
    packages: {
      "@infisical-edge/*": { access: "$all", publish: "$authenticated" },
      "**": { access: "$all", proxy: "npmjs" },
    },
    log: { type: "stdout", format: "pretty", level: "error" },
    server: { keepAliveTimeout: 5 },
  });
  const server = await new Promise((resolve, reject) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
    s.on("error", reject);
  });
  cleanups.push(() => new Promise((r) => server.close(r)));
  const url = `http://127.0.0.1:${server.address().port}/`;
  // A user for publishing; the token goes to an npmrc in the work folder only.
  const res = await fetch(`${url}-/user/org.couchdb.user:ci`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "ci", password: "consumer-tests" }),
  });
  const { token } = await res.json();
  if (!token) throw new Error(`verdaccio adduser: ${res.status}`);
  const npmrc = join(work, ".npmrc");
  writeFileSync(npmrc, `//127.0.0.1:${server.address().port}/:_authToken=${token}\n`);
  return { url, npmrc };
}

function pnpm() {
  // Under `pnpm run`, npm_execpath is pnpm's own entry; otherwise the pinned pnpm through npx.
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) {
    // pnpm 12 is a native executable; older ones a JS entry run by node.
    return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []];
  }
  return ["npx", ["-y", "pnpm@12.4.2"]];
}

async function main() {
  console.log(`consumers: node ${process.version}, work folder ${work}`);
  for (const p of packages) {
    if (!existsSync(join(root, "packages", p, "dist"))) {
      throw new Error(`packages/${p}/dist is missing: run \`pnpm build\` first`);
    }
  }
  const registry = await startRegistry();
  // Publishing authenticates with the work folder's npmrc; installs read only the project's
  // .npmrc (the @infisical-edge scope on the loopback registry, the rest from the usual one).
  const publishEnv = {
    npm_config_userconfig: registry.npmrc,
    NPM_CONFIG_USERCONFIG: registry.npmrc,
  };
  const scopeNpmrc = `@infisical-edge:registry=${registry.url}\n`;
  const installEnv = { npm_config_cache: join(work, "npm-cache") };

  await check("publish every package (pnpm pack + publish to the loopback registry)", async () => {
    const [cmd, pre] = pnpm();
    await run(
      cmd,
      [
        ...pre,
        "publish",
        "-r",
        "--filter",
        "./packages/**",
        "--no-git-checks",
        "--registry",
        registry.url,
      ],
      { cwd: root, env: publishEnv },
    );
    for (const name of names) {
      const res = await fetch(`${registry.url}${name.replace("/", "%2f")}`);
      if (!res.ok) throw new Error(`${name} is not on the registry (${res.status})`);
      const meta = await res.json();
      const pkg = meta.versions[meta["dist-tags"].latest];
      if (JSON.stringify(pkg.exports ?? {}).includes("./src/")) {
        throw new Error(`${name}: published exports point into src/`);
      }
      for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) {
        if (dep.startsWith("@infisical-edge/") && !range.startsWith("^")) {
          throw new Error(`${name}: ${dep} is pinned (${range}), expected a ^ range`);
        }
      }
    }
  });
  if (!results.at(-1).ok) return;

  // npm: one fresh project with every package, installed as a user does.
  const npmDir = join(work, "npm");
  cpSync(join(here, "projects/npm"), npmDir, { recursive: true });
  writeFileSync(
    join(npmDir, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  writeFileSync(join(npmDir, ".npmrc"), scopeNpmrc);
  await check("npm install of every package", () =>
    // @infisical-edge/cloudflare's types use the optional peer @cloudflare/workers-types, which
    // its users (Workers projects) have; type-checking every package needs it too.
    run("npm", ["install", "--no-audit", "--no-fund", ...names, CF_TYPES], {
      cwd: npmDir,
      env: installEnv,
      timeoutMs: 600_000,
    }),
  );
  if (!results.at(-1).ok) return;

  // The emulator, from its published CLI, on a free loopback port.
  const { match } = await start(
    bin(npmDir, "infisical-emulator"),
    ["--port", "0"],
    /listening on (http:\/\/127\.0\.0\.1:\d+)/,
    { cwd: npmDir },
  );
  const siteUrl = match[1];
  const appEnv = {
    INFISICAL_SITE_URL: siteUrl,
    INFISICAL_CLIENT_ID: "demo-client-id",
    INFISICAL_CLIENT_SECRET: "demo-client-secret",
  };

  const ts5 = join(here, "node_modules/typescript/bin/tsc");
  const ts7 = join(here, "node_modules/typescript7/bin/tsc");
  const jobs = [];
  for (const node of [process.execPath, ...otherNodes]) {
    const version = await run(node, ["--version"]).then((out) => out.trim());
    const nodeEnv = { ...appEnv, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ""}` };
    jobs.push(
      () =>
        check(
          `node ${version}: ESM program`,
          () => run(node, ["esm.mjs"], { cwd: npmDir, env: nodeEnv }),
          version,
        ),
      () =>
        check(
          `node ${version}: CommonJS require()`,
          () => run(node, ["require.cjs"], { cwd: npmDir, env: nodeEnv }),
          version,
        ),
    );
  }
  for (const [label, tsc] of [
    ["TypeScript 5.9", ts5],
    ["TypeScript 7", ts7],
  ]) {
    for (const mode of ["bundler", "node16", "nodenext"]) {
      jobs.push(() =>
        check(`tsc ${label}, moduleResolution ${mode}: real types, fail.ts fails`, () =>
          typeCheck(process.execPath, [tsc, "-p", `tsconfig.${mode}.json`], npmDir),
        ),
      );
    }
  }
  jobs.push(() => check("worker: wrangler build, run in workerd", () => worker(npmDir, siteUrl)));
  jobs.push(() => check("deno: npm: specifiers", () => deno(registry, appEnv)));
  jobs.push(() => check("bun: bun add, run", () => bunProject(scopeNpmrc, appEnv)));
  jobs.push(() =>
    check("jsr: deno publish --dry-run of @infisical-edge/deno", () =>
      run(process.execPath, [join(root, "scripts/jsr-publish.mjs"), "--dry-run"], {
        env: { NPM_CONFIG_REGISTRY: registry.url, DENO_DIR: join(work, "deno-cache") },
      }),
    ),
  );
  await pool(3, jobs);
}

/** pass.ts (and require.cts) compile; fail.ts has exactly its two TS2322 errors. */
async function typeCheck(cmd, args, cwd) {
  const out = await run(cmd, args, { cwd }).then(
    () => {
      throw new Error("tsc exited 0: fail.ts compiled, so the types are `any` or missing");
    },
    (error) => error.message,
  );
  const errors = out.split("\n").filter((line) => /error TS\d+/.test(line));
  const expected = errors.filter((l) => l.startsWith("types/fail.ts") && l.includes("TS2322"));
  if (expected.length !== 2 || errors.length !== 2) {
    throw new Error(`expected only fail.ts's two TS2322 errors, got:\n${errors.join("\n") || out}`);
  }
}

async function worker(npmDir, siteUrl) {
  const dir = join(npmDir, "worker");
  // The Workers types are installed in the project (with the packages), as in a user's Worker
  // project; linked from here only if that install did not bring them.
  if (!existsSync(join(npmDir, "node_modules/@cloudflare/workers-types"))) {
    symlinkSync(
      join(here, "node_modules/@cloudflare"),
      join(npmDir, "node_modules/@cloudflare"),
      "dir",
    );
  }
  await run(process.execPath, [join(here, "node_modules/typescript/bin/tsc"), "-p", "."], {
    cwd: dir,
  }).catch((e) => {
    throw new Error(`worker type check with @cloudflare/workers-types:\n${e.message}`);
  });
  await run(bin(here, "wrangler"), ["deploy", "--dry-run", "--outdir", "dist"], {
    cwd: dir,
    env: { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_API_TOKEN: "" },
  });
  const { Miniflare } = require(join(here, "node_modules/miniflare"));
  const mf = new Miniflare({
    modules: true,
    // The bundle as a string: with a scriptPath, workerd would follow its source map's ../ paths.
    script: readFileSync(join(dir, "dist/index.js"), "utf8"),
    compatibilityDate: "2025-01-01",
    kvNamespaces: ["INFISICAL_CACHE"],
    bindings: {
      INFISICAL_SITE_URL: siteUrl,
      INFISICAL_CLIENT_ID: "demo-client-id",
      INFISICAL_CLIENT_SECRET: "demo-client-secret",
      PROJECT_ID: "6b1f3a52-0c4e-4d8a-9f27-5e9c1d7a4b10",
    },
  });
  try {
    const res = await mf.dispatchFetch("http://worker.local/");
    const body = await res.text();
    if (res.status !== 200 || body !== "postgres") {
      throw new Error(`worker answered ${res.status}: ${body.slice(0, 300)}`);
    }
  } finally {
    await mf.dispose();
  }
}

async function deno(registry, appEnv) {
  const dir = join(work, "deno");
  cpSync(join(here, "projects/deno"), dir, { recursive: true });
  const env = {
    ...appEnv,
    NPM_CONFIG_REGISTRY: registry.url,
    DENO_DIR: join(work, "deno-cache"),
    DENO_NO_UPDATE_CHECK: "1",
  };
  const deno = bin(root, "deno");
  const flags = ["--minimum-dependency-age=0", "--node-modules-dir=none"];
  await run(deno, ["check", ...flags, "main.ts"], { cwd: dir, env });
  const out = await run(
    deno,
    [
      "run",
      ...flags,
      `--allow-net=${new URL(appEnv.INFISICAL_SITE_URL).host}`,
      "--allow-env=INFISICAL_SITE_URL,INFISICAL_CLIENT_ID,INFISICAL_CLIENT_SECRET,INFISICAL_TOKEN",
      "main.ts",
    ],
    { cwd: dir, env },
  );
  if (!out.includes("deno ok")) throw new Error(out);
}

async function bunProject(scopeNpmrc, appEnv) {
  const dir = join(work, "bun");
  cpSync(join(here, "projects/bun"), dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer-bun", private: true, type: "module" }),
  );
  writeFileSync(join(dir, ".npmrc"), scopeNpmrc);
  const env = { BUN_INSTALL_CACHE_DIR: join(work, "bun-cache") };
  const bun = bin(root, "bun");
  await run(
    bun,
    ["add", "@infisical-edge/bun", "@infisical-edge/secrets", "@infisical-edge/emulator"],
    { cwd: dir, env },
  );
  const out = await run(bun, ["run", "main.ts"], { cwd: dir, env: { ...env, ...appEnv } });
  if (!out.includes("bun ok")) throw new Error(out);
}

let crashed = false;
try {
  await main();
} catch (error) {
  crashed = true;
  console.log(`FAIL setup\n${String(error?.stack ?? error).replace(/^/gm, "  ")}`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
  if (!keep) rmSync(work, { recursive: true, force: true });
}
const failedChecks = results.filter((r) => !r.ok).length;
const failed = failedChecks + (crashed ? 1 : 0);
// A crash counts against the Node running this script.
for (const node of new Set([process.version, ...results.map((r) => r.node)])) {
  const mine = results.filter((r) => r.node === node);
  const bad = mine.filter((r) => !r.ok).length + (crashed && node === process.version ? 1 : 0);
  console.log(`consumers node ${node}: ${mine.length - bad} passed, ${bad} failed`);
}
console.log(`consumers: ${results.length - failedChecks} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
