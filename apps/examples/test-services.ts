// The services the runtime tests use, from REDIS_URL and CHROMIUM_PATH (set by
// tools/with-services.mjs, which `pnpm test` and `pnpm test:all` run through). When one is
// missing the test fails at once with one line saying how to get it, instead of waiting out
// its timeout while a client retries a refused connection.

import { accessSync, constants } from "node:fs";
import { connect } from "node:net";

const HOW =
  "run the tests with `npx -y pnpm@12.4.2 test` (it starts redis-server and finds chromium; " +
  "install them with `sudo apt-get install -y redis-server chromium`)";

/** REDIS_URL once a Redis answers there; throws a one-line error otherwise. */
export async function requireRedis(): Promise<string> {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error(`Redis missing: REDIS_URL is not set; ${HOW}, or set REDIS_URL`);
  // Host and port only in messages: the URL may carry a password.
  const { hostname, port } = new URL(url);
  const where = `${hostname}:${port || 6379}`;
  const answers = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(3000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => done(true));
  });
  if (!answers) throw new Error(`Redis missing: nothing answers at ${where} (REDIS_URL); ${HOW}`);
  return url;
}

/** CHROMIUM_PATH if it is an executable; throws a one-line error otherwise. */
export function requireChromium(): string {
  const path = process.env.CHROMIUM_PATH;
  if (!path) throw new Error(`Chromium missing: CHROMIUM_PATH is not set; ${HOW}`);
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`Chromium missing: ${path} (CHROMIUM_PATH) is not an executable; ${HOW}`);
  }
  return path;
}
