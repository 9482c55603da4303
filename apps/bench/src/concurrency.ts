// Concurrency: 1,000 concurrent getSecret on a cold client (not logged in yet). Counts the
// requests the emulator received and the time until all 1,000 resolved, login included
// (the official SDK and raw fetch must log in before their first call).

import { official } from "./contenders/official";
import { ours } from "./contenders/ours";
import { rawFetch } from "./contenders/raw-fetch";
import type { Contender, Session } from "./contenders/types";
import type { Row } from "./report";
import { SECRET_NAME, SECRET_VALUE } from "./seed";
import type { EmulatorProcess } from "./server";
import { median, ratio } from "./stats";

const CALLS = 1000;

const subjects: [string, Contender, { cache: boolean }][] = [
  ["raw fetch", rawFetch, { cache: false }],
  ["this SDK (cache on, the default)", ours, { cache: true }],
  ["this SDK (cache off)", ours, { cache: false }],
  ["official SDK", official, { cache: false }],
];

async function burst(session: Session): Promise<void> {
  const values = await Promise.all(
    Array.from({ length: CALLS }, () => session.getSecret("prod", SECRET_NAME)),
  );
  if (values.some((v) => v !== SECRET_VALUE)) throw new Error("wrong secret value");
}

export async function measureConcurrency(emulator: EmulatorProcess, rounds = 3): Promise<Row[]> {
  // One unmeasured burst first: it opens the sockets that fetch's pool then keeps alive for
  // every contender, so the first one measured does not pay for connecting alone.
  await burst(await rawFetch.connect(emulator.target));
  const requests: number[] = [];
  const times: number[][] = subjects.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, [, contender, options]] of subjects.entries()) {
      await emulator.clear();
      const started = performance.now();
      await burst(await contender.connect(emulator.target, options));
      times[i]!.push(performance.now() - started);
      requests[i] = await emulator.count();
    }
  }
  const measure = `concurrency: ${CALLS.toLocaleString("en-US")} concurrent getSecret, cold client`;
  const rows: Row[] = [];
  subjects.forEach(([subject], i) => {
    const value = requests[i]!;
    rows.push({
      measure: `${measure}, upstream requests`,
      subject,
      value,
      unit: "requests",
      ...(i === 0 ? {} : { baseline: "raw fetch", ratio: ratio(value, requests[0]!) }),
      note: "login included",
    });
  });
  const base = median(times[0]!);
  subjects.forEach(([subject], i) => {
    const value = median(times[i]!);
    rows.push({
      measure: `${measure}, time to all resolved`,
      subject,
      value,
      unit: "ms",
      ...(i === 0 ? {} : { baseline: "raw fetch", ratio: ratio(value, base) }),
      note: `median of ${rounds} rounds, login included`,
    });
  });
  return rows;
}
