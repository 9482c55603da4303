// Durations as the server reads them (the `ms` package): "30s", "10m", "1h", "7d", "2 days",
// "1.5h"; a bare number is milliseconds. Anything else is not a duration.

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_557_600_000,
};

const ALIASES: [RegExp, string][] = [
  [/^(milliseconds?|msecs?|ms)$/, "ms"],
  [/^(seconds?|secs?|s)$/, "s"],
  [/^(minutes?|mins?|m)$/, "m"],
  [/^(hours?|hrs?|h)$/, "h"],
  [/^(days?|d)$/, "d"],
  [/^(weeks?|w)$/, "w"],
  [/^(years?|yrs?|y)$/, "y"],
];

/** Milliseconds, or undefined when `text` is not a duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^(-?(?:\d+)?\.?\d+) *([a-z]+)?$/i.exec(text.trim());
  if (!match) return undefined;
  const unitText = (match[2] ?? "ms").toLowerCase();
  const unit = ALIASES.find(([pattern]) => pattern.test(unitText))?.[1];
  if (!unit) return undefined;
  return Number(match[1]) * (UNIT_MS[unit] ?? 1);
}

export const MIN_TTL_MS = 60_000;
export const MAX_TTL_MS = 10 * (UNIT_MS.y ?? 0);

/** The server's TTL rule (at least a minute, at most ten years); undefined when it holds. */
export function ttlProblem(text: string): string | undefined {
  const ms = parseDuration(text);
  if (ms === undefined) return "TTL must be a valid duration such as 1h or 30m";
  if (ms < MIN_TTL_MS) return "TTL must be a greater than 1min";
  if (ms > MAX_TTL_MS) return "TTL must be less than 10 years";
  return undefined;
}
