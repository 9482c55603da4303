// Call overhead: sequential getSecret with the cache off against the emulator on a loopback
// socket (in its own process). Calls are interleaved across contenders, one each per round,
// so machine drift hits all alike. Ratios are to raw fetch sending the same request.

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

export async function measureCallOverhead(target: Target, calls: number): Promise<CallOverhead> {
  const sessions = await Promise.all(contenders.map((c) => c.connect(target, { cache: false })));
  for (let i = 0; i < Math.min(500, calls); i++) {
    for (const session of sessions) await call(session); // warm-up: JIT, sockets, login
  }
  const samples: number[][] = contenders.map(() => []);
  for (let i = 0; i < calls; i++) {
    for (const [c, session] of sessions.entries()) samples[c]!.push(await call(session));
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
