// Call overhead: sequential getSecret with the cache off against the emulator on a loopback
// socket (in its own process). Each SDK is measured in a loop of its own with the raw fetch
// that sends its request (v4 for this SDK, v3 for the official one): one call each per
// round, in a random order each round, so machine drift and the previous call's leftovers
// hit both alike. Ratios are to that raw fetch.
//
// Pairs, not one loop of all four: two raw fetches in one loop (v4 and v3 run the same code)
// keep raw fetch's path warm for each other, and every other contender then runs colder than
// its baseline. On Node 22, this SDK measured 1.17-1.21x raw fetch in a loop with the v3
// raw fetch, 1.07-1.08x when a second client of this SDK joined the loop too, and
// 1.09-1.10x with raw fetch alone, minutes apart.

import { official } from "./contenders/official";
import { ours } from "./contenders/ours";
import { rawFetch, rawFetchV3 } from "./contenders/raw-fetch";
import type { Contender, Session, Target } from "./contenders/types";
import type { Row } from "./report";
import { SECRET_NAME, SECRET_VALUE } from "./seed";
import { percentile, ratio } from "./stats";

/** [baseline, SDK]: the official SDK calls the v3 route, whose floor is raw fetch on that route. */
const PAIRS: [Contender, Contender][] = [
  [rawFetch, ours],
  [rawFetchV3, official],
];
const contenders = PAIRS.flat();
const baselineOf: Record<string, string> = Object.fromEntries(
  PAIRS.map(([baseline, sdk]) => [sdk.name, baseline.name]),
);

export interface CallOverhead {
  rows: Row[];
  /** p50 per contender name, in ms. */
  p50: Record<string, number>;
}

async function call(session: Session): Promise<number> {
  const started = performance.now();
  const value = await session.getSecret("prod", SECRET_NAME);
  const elapsed = performance.now() - started;
  if (value !== SECRET_VALUE) throw new Error("wrong secret value");
  return elapsed;
}

/** Fisher-Yates, in place. */
function shuffle(list: number[]): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

/** Call times (ms) of each contender of one pair, measured in one interleaved loop. */
async function measurePair(target: Target, pair: Contender[], calls: number): Promise<number[][]> {
  const sessions = await Promise.all(pair.map((c) => c.connect(target, { cache: false })));
  for (let i = 0; i < Math.min(500, calls); i++) {
    for (const session of sessions) await call(session); // warm-up: JIT, sockets, login
  }
  const samples: number[][] = pair.map(() => []);
  // Each round runs the two in a fresh random order: work a call leaves behind (its socket's
  // cleanup, finalizers, its garbage) runs during the next call, so a fixed order charges one
  // for the other (two identical clients differed by 1-3 % that way; shuffled, by less than
  // 0.3 %).
  const order = pair.map((_, c) => c);
  for (let i = 0; i < calls; i++) {
    shuffle(order);
    for (const c of order) samples[c]!.push(await call(sessions[c]!));
  }
  return samples;
}

export async function measureCallOverhead(target: Target, calls: number): Promise<CallOverhead> {
  const samples: number[][] = [];
  for (const pair of PAIRS) samples.push(...(await measurePair(target, pair, calls)));
  const p50: Record<string, number> = {};
  const p99: Record<string, number> = {};
  contenders.forEach((c, i) => {
    p50[c.name] = percentile(samples[i]!, 50);
    p99[c.name] = percentile(samples[i]!, 99);
  });
  const rows: Row[] = [];
  for (const [label, stat] of [
    ["p50", p50],
    ["p99", p99],
  ] as const) {
    for (const c of contenders) {
      const baseline = baselineOf[c.name];
      rows.push({
        measure: `call overhead: getSecret, cache off, loopback, ${label}`,
        subject: c.name,
        value: stat[c.name]!,
        unit: "ms",
        ...(baseline ? { baseline, ratio: ratio(stat[c.name]!, stat[baseline]!) } : {}),
        note:
          c === ours && label === "p50"
            ? `${calls} calls each; target ≤ 1.15x: ${(p50[c.name]! / p50[rawFetch.name]!) <= 1.15 ? "met" : "missed"}`
            : `${calls} calls each`,
      });
    }
  }
  return { rows, p50 };
}
