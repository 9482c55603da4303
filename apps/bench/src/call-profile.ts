// Where the CPU goes in a getSecret call (cache off, loopback): the V8 sampling profiler runs
// in-process over a loop of calls, once for this SDK and once for raw fetch, and the sampled
// time is summed per component (by source file). The profiler itself slows code down, so the
// figures are larger than unprofiled ones; the difference between the two runs is the point.

import { Session } from "node:inspector/promises";
import { ours } from "./contenders/ours";
import { rawFetch } from "./contenders/raw-fetch";
import type { Contender, Target } from "./contenders/types";
import type { Row } from "./report";
import { SECRET_NAME } from "./seed";
import { ratio } from "./stats";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const COMPONENTS: [name: string, test: (url: string, fn: string) => boolean][] = [
  // Sources when bundled from them, the built dist/ in process (what npm users run).
  ["this SDK's own code", (u) => /\/packages\/[a-z-]+\/(src|dist)\//.test(u)],
  ["ofetch (transport)", (u) => u.includes("/ofetch/")],
  ["valibot (validation)", (u) => u.includes("/valibot")],
  ["undici (fetch)", (u) => u.includes("deps/undici")],
  ["web streams (body reading)", (u) => u.includes("webstreams")],
  ["abort signals, events, timers", (u) => /abort_controller|event_target|\/events|timers/.test(u)],
  ["garbage collector", (_u, fn) => fn === "(garbage collector)"],
];
const OTHER = "other (socket writes, Node internals)";
const IGNORED = new Set(["(idle)", "(program)", "(root)"]);

interface Split {
  /** ms per call, per component. */
  components: Map<string, number>;
  /** The SDK's own functions taking the most time, e.g. `parseBody (core/src/response-body.ts)`. */
  topOwn: string[];
}

function split(profile: Profile, calls: number): Split {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<string, number>();
  const own = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!;
    if (IGNORED.has(frame.functionName)) return;
    const us = profile.timeDeltas[i] ?? 0;
    const name = COMPONENTS.find(([, test]) => test(frame.url, frame.functionName))?.[0] ?? OTHER;
    totals.set(name, (totals.get(name) ?? 0) + us);
    if (name === COMPONENTS[0]![0]) {
      const file = frame.url.replace(/^.*\/packages\//, "");
      const fn = `${frame.functionName || "(anonymous)"} (${file})`;
      own.set(fn, (own.get(fn) ?? 0) + us);
    }
  });
  const perCall = (us: number) => us / 1000 / calls; // sampled µs in total → ms per call
  return {
    components: new Map([...totals].map(([k, us]) => [k, perCall(us)])),
    topOwn: [...own]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([fn, us]) => `${fn} ${perCall(us).toFixed(3)} ms`),
  };
}

async function profileCalls(contender: Contender, target: Target, calls: number) {
  const session = await contender.connect(target, { cache: false });
  for (let i = 0; i < 300; i++) await session.getSecret("prod", SECRET_NAME);
  const inspector = new Session();
  inspector.connect();
  try {
    await inspector.post("Profiler.enable");
    await inspector.post("Profiler.setSamplingInterval", { interval: 100 });
    await inspector.post("Profiler.start");
    for (let i = 0; i < calls; i++) await session.getSecret("prod", SECRET_NAME);
    const { profile } = await inspector.post("Profiler.stop");
    return split(profile as Profile, calls);
  } finally {
    inspector.disconnect();
  }
}

export async function measureCallProfile(target: Target, calls: number): Promise<Row[]> {
  const raw = await profileCalls(rawFetch, target, calls);
  const sdk = await profileCalls(ours, target, calls);
  const names = [...COMPONENTS.map(([n]) => n), OTHER];
  const rows: Row[] = [];
  for (const name of names) {
    const base = raw.components.get(name) ?? 0;
    const value = sdk.components.get(name) ?? 0;
    const diff = value - base;
    const top = name === COMPONENTS[0]![0] ? `; top: ${sdk.topOwn.join(", ")}` : "";
    rows.push({
      measure: "call profile: sampled CPU per getSecret, this SDK (cache off, loopback, profiled)",
      subject: name,
      value,
      unit: "ms",
      baseline: "raw fetch",
      ratio: ratio(value, base),
      note: `raw fetch ${base.toFixed(3)} ms, difference ${diff >= 0 ? "+" : ""}${diff.toFixed(3)} ms${top}`,
    });
  }
  return rows;
}
