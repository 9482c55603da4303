// The clock is injectable and can be pushed forward, so tests can expire tokens without waiting.

export interface Clock {
  now(): number;
  advance(ms: number): void;
}

export function createClock(source: () => number = Date.now): Clock {
  let offset = 0;
  return {
    now: () => source() + offset,
    advance(ms) {
      if (!Number.isFinite(ms)) throw new TypeError("advanceClock expects a finite number of ms");
      offset += ms;
    },
  };
}

export function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
