// The retry policy. Only failures that are safe to repeat are retried:
// - 429 for every request: the rate limiter refuses before the handler runs;
// - 502/503/504, network errors and timeouts only for idempotent requests (reads, logins,
//   renewals, KMS crypto calls), because a write may already have reached the server.
// 500 is never retried: it is the server's answer to this request, not a passing outage.
// 409 and 425 are never retried either: a conflict on a create must surface.

/**
 * The retry policy (`createClient({ retry })`). 429 is retried for every request; 502, 503,
 * 504, network errors and timeouts only for idempotent requests (reads, logins, KMS calls);
 * 500, 409 and 425 never.
 */
export interface RetryOptions {
  /** Retries after the first attempt (default 2, at most 10). */
  retries?: number;
  /** First backoff delay in ms (default 200); doubles each retry, with jitter. */
  minDelay?: number;
  /** Upper bound of one backoff delay in ms (default 3000). */
  maxDelay?: number;
  /** Longest `Retry-After` to honour, in ms (default 10000); a longer one is not waited for. */
  maxRetryAfter?: number;
  /**
   * Budget in ms for all attempts and waits of one call (default 30000). No retry starts
   * past it, and a retry's attempt is cut to what is left. The first attempt always gets
   * the full `timeout`, so a call never takes longer than max(maxElapsed, timeout).
   */
  maxElapsed?: number;
}

export type ResolvedRetry = Required<RetryOptions>;

export const MAX_RETRIES = 10;

export const DEFAULT_RETRY: ResolvedRetry = {
  retries: 2,
  minDelay: 200,
  maxDelay: 3000,
  maxRetryAfter: 10_000,
  maxElapsed: 30_000,
};

/** Fills in defaults. The option is validated by `createClient` (see config-check.ts). */
export function resolveRetry(option: RetryOptions | number | false | undefined): ResolvedRetry {
  if (option === false || typeof option === "number") {
    return { ...DEFAULT_RETRY, retries: option || 0 };
  }
  const policy = { ...DEFAULT_RETRY };
  for (const [key, value] of Object.entries(option ?? {})) {
    if (value !== undefined) policy[key as keyof ResolvedRetry] = value;
  }
  return policy;
}

/** What went wrong with one attempt. */
export type Failure =
  | { kind: "status"; status: number }
  | { kind: "network" }
  | { kind: "timeout" };

const RETRYABLE_IF_IDEMPOTENT = new Set([502, 503, 504]);

/** Whether a failed attempt may be repeated. */
export function isRetryable(failure: Failure, idempotent: boolean): boolean {
  if (failure.kind === "status" && failure.status === 429) return true;
  if (!idempotent) return false;
  return failure.kind !== "status" || RETRYABLE_IF_IDEMPOTENT.has(failure.status);
}

/** Exponential backoff with equal jitter: half fixed, half random. */
export function backoffDelay(policy: ResolvedRetry, attempt: number): number {
  const exp = Math.min(policy.maxDelay, policy.minDelay * 2 ** attempt);
  return (exp * (1 + Math.random())) / 2;
}

/** Parses `Retry-After` (seconds or HTTP date) into ms; undefined when absent or invalid. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  // A huge number becomes Infinity, which is past any cap: the caller gives up.
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date starts with a day name; Date.parse alone would accept "1" as a year.
  if (!/^[A-Za-z]{3}/.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
