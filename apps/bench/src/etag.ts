// ETag revalidation: an expired cache entry re-read when nothing changed on the server. With
// the ETag the SDK sends If-None-Match and gets a 304 without a body; without it (the same SDK
// over a storage that drops the ETag) the whole answer comes again. Median of `rounds` reads,
// each after the entry expired (the client's clock is moved, not waited for).

import { universalAuth } from "@infisical-edge/auth";
import { createClient, memoryStorage, type StorageLike } from "@infisical-edge/core";
import { getSecret, listSecrets } from "@infisical-edge/secrets";
import type { Target } from "./contenders/types";
import type { Row } from "./report";
import { LARGE_COUNT, LARGE_ENV, SECRET_NAME } from "./seed";
import { median, ratio } from "./stats";

function withoutEtags(storage: StorageLike): StorageLike {
  return {
    ...storage,
    setItem: (key, value, opts) => storage.setItem(key, { ...value, etag: undefined }, opts),
  };
}

async function expiredReads(target: Target, keepEtags: boolean, list: boolean, rounds: number) {
  let time = Date.now();
  let bytes = 0;
  const storage = memoryStorage();
  const client = createClient({
    siteUrl: target.siteUrl,
    auth: universalAuth({ clientId: target.clientId, clientSecret: target.clientSecret }),
    now: () => time,
    cache: { ttl: 60, storage: keepEtags ? storage : withoutEtags(storage) },
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      bytes += (await response.clone().arrayBuffer()).byteLength;
      return response;
    },
  });
  const where = { projectId: target.projectId };
  const read = () =>
    list
      ? listSecrets(client, { ...where, environment: LARGE_ENV })
      : getSecret(client, { ...where, environment: "prod", secretName: SECRET_NAME });
  await read(); // login and first load
  const samples: number[] = [];
  let measuredBytes = 0;
  for (let i = 0; i < rounds; i++) {
    time += 61_000;
    const before = bytes;
    const started = performance.now();
    await read();
    samples.push(performance.now() - started);
    measuredBytes += bytes - before;
  }
  return { ms: median(samples), bytes: measuredBytes / rounds };
}

export async function measureEtag(target: Target, rounds = 15): Promise<Row[]> {
  const rows: Row[] = [];
  const cases = [
    ["getSecret", false],
    [`listSecrets of ${LARGE_COUNT.toLocaleString("en-US")}`, true],
  ] as const;
  for (const [what, list] of cases) {
    const full = await expiredReads(target, false, list, rounds);
    const revalidated = await expiredReads(target, true, list, rounds);
    const measure = `ETag revalidation: ${what}, expired entry, nothing changed`;
    const baseline = "without ETag (full answer)";
    rows.push(
      { measure: `${measure}, time`, subject: baseline, value: full.ms, unit: "ms" },
      {
        measure: `${measure}, time`,
        subject: "with ETag (304, no body)",
        value: revalidated.ms,
        unit: "ms",
        baseline,
        ratio: ratio(revalidated.ms, full.ms),
        note: `median of ${rounds}`,
      },
      { measure: `${measure}, body bytes`, subject: baseline, value: full.bytes, unit: "B" },
      {
        measure: `${measure}, body bytes`,
        subject: "with ETag (304, no body)",
        value: revalidated.bytes,
        unit: "B",
        baseline,
        ratio: ratio(revalidated.bytes, full.bytes),
      },
    );
  }
  return rows;
}
