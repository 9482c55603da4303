#!/usr/bin/env node
// Runs a command with the services the tests need, the same way on a laptop, a fresh machine
// and CI: finds (or, as root on Debian, installs) redis-server and chromium, starts Redis on a
// free loopback port for this run only, hands REDIS_URL and CHROMIUM_PATH to the command, and
// stops Redis afterwards, also on failure or Ctrl-C. A REDIS_URL or CHROMIUM_PATH already set
// (e.g. by an outer run) is used as is, so nested runs share one Redis.
//
//   node tools/with-services.mjs <command> [args...]

import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants as fsConstants } from "node:fs";
import { connect, createServer } from "node:net";
import { constants } from "node:os";
import { delimiter, join } from "node:path";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node tools/with-services.mjs <command> [args...]");
  process.exit(2);
}

/** The first executable named one of `names` on PATH, or undefined. */
function which(...names) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of names) {
      const file = join(dir || ".", name);
      try {
        accessSync(file, fsConstants.X_OK);
        return file;
      } catch {}
    }
  }
  return undefined;
}

const env = { ...process.env };

/** What the tests need and cannot find, as Debian package names. */
function missingPackages() {
  const missing = [];
  if (!env.REDIS_URL && !which("redis-server")) missing.push("redis-server");
  if (!env.CHROMIUM_PATH && !which("chromium", "chromium-browser")) missing.push("chromium");
  return missing;
}

/** Installs what is missing with apt-get when we may; else says, in one line, how to get it. */
function provision() {
  let missing = missingPackages();
  if (missing.length > 0 && process.getuid?.() === 0 && which("apt-get")) {
    console.error(`with-services: installing ${missing.join(" ")} with apt-get`);
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const apt = (...a) =>
      spawnSync("apt-get", a, { stdio: ["ignore", "ignore", "inherit"], env: aptEnv });
    if (apt("update", "-qq").status === 0) {
      apt("install", "-y", "-qq", "--no-install-recommends", ...missing);
    }
    missing = missingPackages();
  }
  if (missing.length === 0) return;
  console.error(
    `with-services: ${missing.join(" and ")} not found, so the tests that need them will fail; ` +
      `install with: sudo apt-get install -y ${missing.join(" ")} (or set REDIS_URL / CHROMIUM_PATH)`,
  );
}

/** A port nobody listens on right now (the kernel's pick for port 0). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** True once Redis answers PING on the port. */
function pong(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    let reply = "";
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk;
      if (reply.includes("\r\n")) done(reply.startsWith("+PONG"));
    });
  });
}

/** Starts redis-server on a free loopback port; retries if another process takes the port first. */
async function startRedis(binary) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const child = spawn(
      binary,
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      { stdio: "ignore" },
    );
    let exited = false;
    child.once("exit", () => {
      exited = true;
    });
    child.once("error", () => {
      exited = true;
    });
    for (let i = 0; i < 100 && !exited; i++) {
      if (await pong(port)) return { port, child };
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill("SIGKILL");
  }
  return undefined;
}

provision();

let redis;
if (!env.REDIS_URL) {
  const binary = which("redis-server");
  if (binary) {
    redis = await startRedis(binary);
    if (redis) env.REDIS_URL = `redis://127.0.0.1:${redis.port}`;
    else console.error("with-services: redis-server did not start; the Redis tests will fail");
  }
}
if (!env.CHROMIUM_PATH) {
  const chromium = which("chromium", "chromium-browser");
  if (chromium) env.CHROMIUM_PATH = chromium;
}
if (!process.env.REDIS_URL || !process.env.CHROMIUM_PATH) {
  console.error(
    `with-services: Redis ${env.REDIS_URL ?? "missing"}, Chromium ${env.CHROMIUM_PATH ?? "missing"}`,
  );
}

const stopRedis = () =>
  new Promise((resolve) => {
    if (!redis || redis.child.exitCode !== null || redis.child.signalCode !== null)
      return resolve();
    redis.child.once("exit", resolve);
    redis.child.kill("SIGTERM");
  });

const child = spawn(command, args, { stdio: "inherit", env });
// Ctrl-C reaches the whole process group; SIGTERM (e.g. from CI) only us: pass it on, then
// wait for the command to end before stopping Redis.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}
child.once("error", async (error) => {
  console.error(`with-services: cannot run ${command}: ${error.message}`);
  await stopRedis();
  process.exit(127);
});
child.once("exit", async (code, signal) => {
  await stopRedis();
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
});
