// TTLs: a number of seconds, or a string like "30s", "30m", "1h", "24h", "7d", "2w", "1y".
// The server reads them with the `ms` package and wants at least a minute and at most ten
// years; the SDK checks both before any request and sends the string form.

import * as v from "valibot";

const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
  y: 31_557_600, // 365.25 days, as `ms` counts a year
};

/** The shortest TTL the server accepts, in seconds (1 minute). */
export const MIN_TTL_SECONDS = 60;
/** The longest TTL the server accepts, in seconds (10 years). */
export const MAX_TTL_SECONDS = 10 * 31_557_600;

/** A duration as a number of seconds or a string such as "1h". */
export type Duration = number | `${number}${"s" | "m" | "h" | "d" | "w" | "y"}`;

/** Seconds in a duration, or undefined when it is not one. */
export function durationSeconds(value: unknown): number | undefined {
  if (typeof value === "number") {
    return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  }
  if (typeof value !== "string") return undefined;
  const match = /^(\d{1,12})([smhdwy])$/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * (UNIT_SECONDS[match[2] ?? "s"] ?? 1);
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
    "a duration such as 30m, 1h, 24h or 7d, or a number of seconds",
  ),
  v.check(
    (value) => durationSeconds(value) !== undefined,
    "a duration such as 30m, 1h, 24h or 7d, or a whole number of seconds",
  ),
  v.check((value) => {
    const seconds = durationSeconds(value) ?? 0;
    return seconds >= MIN_TTL_SECONDS && seconds <= MAX_TTL_SECONDS;
  }, "a duration of at least 1 minute and at most 10 years"),
  v.transform(toWire),
);
