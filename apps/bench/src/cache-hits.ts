// Cache hits: sequential getSecret calls answered from the cache, in operations per second,
// from the built-in memory store (plain and with entries encrypted), unstorage's memory
// driver, and Redis when one answers at REDIS_URL (`pnpm bench` starts one on a free port).
// The ratio is to raw fetch requests per second on loopback
// (1 / its p50 from the call-overhead run), i.e. how many hits fit in one request.
// For reference, the same loop over what a user of raw fetch would write by hand: an async
// function over a Map of { value, expiresAt } keyed by environment and name (no validation,
// no credential in the key: one client per process).

import { connect } from "node:net";
import { encryptedStorage, memoryStorage, type StorageLike } from "@infisical-edge/core";
import { randomBytes } from "@infisical-edge/core/internal";
import { createStorage } from "unstorage";
import memoryDriver from "unstorage/drivers/memory";
import { oursWith } from "./contenders/ours";
import { rawFetch } from "./contenders/raw-fetch";
import type { Session, Target } from "./contenders/types";
import type { Row } from "./report";
import { SECRET_NAME, SECRET_VALUE } from "./seed";
import { ratio } from "./stats";

const MEASURE = "cache hits: getSecret from cache, sequential";
const REDIS_URL = process.env.REDIS_URL;

type Get = Session["getSecret"];

/** A user's own cache over raw fetch, as a reference for the hit path's cost. */
async function handWrittenMap(target: Target): Promise<Get> {
  const session = await rawFetch.connect(target);
  const map = new Map<string, { value: string; expiresAt: number }>();
  return async (environment, secretName) => {
    const key = `${environment}:${secretName}`;
    const hit = map.get(key);
    if (hit && hit.expiresAt > Date.now()) return hit.value;
    const value = await session.getSecret(environment, secretName);
    map.set(key, { value, expiresAt: Date.now() + 600_000 });
    return value;
  };
}

const ourGet = (target: Target, storage: StorageLike | undefined): Get => {
  const session = oursWith(target, { ttl: 600, ...(storage ? { storage } : {}) });
  return (environment, secretName) => session.getSecret(environment, secretName);
};

async function hitsPerSecond(getSecret: Get, ms: number) {
  await getSecret("prod", SECRET_NAME); // the one miss: login and load
  for (let i = 0; i < 2000; i++) await getSecret("prod", SECRET_NAME);
  let ops = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 500; i++) {
      if ((await getSecret("prod", SECRET_NAME)) !== SECRET_VALUE) {
        throw new Error("wrong secret value");
      }
    }
    ops += 500;
    elapsed = performance.now() - started;
  }
  return (ops / elapsed) * 1000;
}

function redisAnswers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export async function measureCacheHits(
  target: Target,
  rawP50Ms: number,
  ms: number,
): Promise<Row[]> {
  const rawOps = 1000 / rawP50Ms;
  const row = (subject: string, value: number | null, note?: string): Row => ({
    measure: MEASURE,
    subject,
    value,
    unit: "ops/s",
    ...(value === null
      ? {}
      : { baseline: "raw fetch (uncached requests/s)", ratio: ratio(value, rawOps) }),
    ...(note ? { note } : {}),
  });
  const rows: Row[] = [
    row("raw fetch, uncached (baseline)", rawOps, "1 / p50 of the call-overhead run"),
    row(
      "hand-written Map over raw fetch (reference)",
      await hitsPerSecond(await handWrittenMap(target), ms),
    ),
    row("this SDK, built-in memory cache", await hitsPerSecond(ourGet(target, undefined), ms)),
  ];
  const unstorageMemory = createStorage({ driver: memoryDriver() });
  rows.push(
    row(
      "this SDK, unstorage memory driver",
      await hitsPerSecond(ourGet(target, unstorageMemory), ms),
    ),
  );
  await unstorageMemory.dispose();

  if (REDIS_URL && (await redisAnswers(REDIS_URL))) {
    const { default: redisDriver } = await import("unstorage/drivers/redis");
    const redis = createStorage({
      driver: redisDriver({ url: REDIS_URL, base: "infisical-edge-bench" }),
    });
    try {
      rows.push(
        row(
          "this SDK, Redis (unstorage redis driver)",
          await hitsPerSecond(ourGet(target, redis), ms),
        ),
      );
    } finally {
      await redis.clear();
      await redis.dispose();
    }
  } else {
    rows.push(
      row("this SDK, Redis (unstorage redis driver)", null, "skipped: no redis at REDIS_URL"),
    );
  }
  const sealed = encryptedStorage(memoryStorage(), { key: randomBytes(32) });
  rows.push(
    row(
      "this SDK, memory cache with entry encryption",
      await hitsPerSecond(ourGet(target, sealed), ms),
      "encryptedStorage: AES-256-GCM per read and write",
    ),
  );
  return rows;
}
