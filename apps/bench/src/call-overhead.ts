// Call overhead: sequential getSecret with the cache off against the emulator on a loopback
// socket (in its own process). Calls are interleaved across contenders, one each per round,
// in a random order each round, so machine drift and the previous call's leftovers hit all
// alike. Ratios are to raw fetch sending the same request.

import { official } from "./contenders/official";
import { ours } from "./contenders/ours";
import { rawFetch, rawFetchV3 } from "./contenders/raw-fetch";
import type { Session, Target } from "./contenders/types";
import type { Row } from "./report";
import { SECRET_NAME, SECRET_VALUE } from "./seed";
import { percentile, ratio } from "./stats";

const contenders = [rawFetch, ours, rawFetchV3, official];
// The official SDK calls the v3 route, whose floor is raw fetch on that route.
const baselineOf: Record<string, string> = {
  [ours.name]: rawFetch.name,
  [official.name]: rawFetchV3.name,
  [rawFetchV3.name]: rawFetch.name,
};

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

export async function measureCallOverhead(target: Target, calls: number): Promise<CallOverhead> {
  const sessions = await Promise.all(contenders.map((c) => c.connect(target, { cache: false })));
  for (let i = 0; i < Math.min(500, calls); i++) {
    for (const session of sessions) await call(session); // warm-up: JIT, sockets, login
  }
  const samples: number[][] = contenders.map(() => []);
  // Each round runs the contenders in a fresh random order: work a call leaves behind (its
  // socket's cleanup, finalizers, its garbage) runs during the next call, so a fixed or
  // rotating order charges a contender for the one it mostly follows (two identical clients
  // differed by 1-3 % that way; shuffled, by less than 0.3 %).
  const order = contenders.map((_, c) => c);
  for (let i = 0; i < calls; i++) {
    shuffle(order);
    for (const c of order) samples[c]!.push(await call(sessions[c]!));
  }
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
