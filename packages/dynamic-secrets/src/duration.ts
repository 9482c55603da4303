// TTLs: a number of seconds, or a string in the `ms` package's syntax, which the server reads
// them with: a number (decimals allowed) and an optional unit, long or short, any case, with
// spaces between ("30m", "1.5h", "2 days", "90 Minutes"; no unit means milliseconds). The
// server wants at least a minute and at most ten years; the SDK checks both before any
// request and sends the string as given.

import * as v from "valibot";

const SECOND = 1;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 31_557_600; // 365.25 days, as `ms` counts a year

/** Seconds per unit, by every name `ms` reads (compared in lower case). */
const UNIT_SECONDS = new Map<string, number>();
for (const [seconds, names] of [
  [0.001, "ms msec msecs millisecond milliseconds"],
  [SECOND, "s sec secs second seconds"],
  [MINUTE, "m min mins minute minutes"],
  [HOUR, "h hr hrs hour hours"],
  [DAY, "d day days"],
  [7 * DAY, "w week weeks"],
  [YEAR, "y yr yrs year years"],
] as const) {
  for (const name of names.split(" ")) UNIT_SECONDS.set(name, seconds);
}

/** `ms`'s form: an optionally signed decimal, spaces, an optional unit; at most 100 chars. */
const DURATION = /^(-?\d*\.?\d+) *([a-z]*)$/i;

/** The shortest TTL the server accepts, in seconds (1 minute). */
export const MIN_TTL_SECONDS = 60;
/** The longest TTL the server accepts, in seconds (10 years). */
export const MAX_TTL_SECONDS = 10 * 31_557_600;

/** A duration as a number of seconds or an `ms` string such as "1h" or "90 minutes". */
export type Duration = number | `${number}${"s" | "m" | "h" | "d" | "w" | "y"}` | (string & {});

/** Seconds in a duration, or undefined when it is not one. */
export function durationSeconds(value: unknown): number | undefined {
  // Numbers as strings read: fractions of a second too ("90.5s" goes to the server).
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? value : undefined;
  if (typeof value !== "string" || value.length > 100) return undefined;
  const match = DURATION.exec(value);
  const unit = UNIT_SECONDS.get((match?.[2] || "ms").toLowerCase());
  if (!match || unit === undefined) return undefined;
  const seconds = Number(match[1]) * unit;
  return seconds > 0 ? seconds : undefined;
}

/** The string the server gets: numbers become seconds ("90s"), strings pass as they are. */
const toWire = (value: number | string): string =>
  typeof value === "number" ? `${value}s` : value;

/**
 * Validates a TTL (seconds, or an `ms` string such as `"1h"`) within the server's bounds, and
 * turns it into the string the server takes.
 */
export const DurationSchema = v.pipe(
  v.union(
    [v.number(), v.string()],
    "a duration such as 30m, 1.5h, 2 days or 7d, or a number of seconds",
  ),
  v.check(
    (value) => durationSeconds(value) !== undefined,
    "a duration such as 30m, 1.5h, 2 days or 7d, or a number of seconds",
  ),
  v.check((value) => {
    const seconds = durationSeconds(value) ?? 0;
    return seconds >= MIN_TTL_SECONDS && seconds <= MAX_TTL_SECONDS;
  }, "a duration of at least 1 minute and at most 10 years"),
  v.transform(toWire),
);
