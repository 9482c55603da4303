// The retry policy. Only failures that are safe to repeat are retried:
// - 429 for every request: the rate limiter refuses before the handler runs;
// - 502/503/504 and network errors only for idempotent requests (reads, logins, KMS
//   crypto calls), because a write may already have reached the server.
// ofetch's built-in retry is not used: its default list retries 409/425/500 (wrong for
// creates) and its backoff sleep ignores the caller's AbortSignal.

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** First backoff delay in ms (default 200); doubles each retry, with jitter. */
  minDelay?: number;
  /** Upper bound of one backoff delay in ms (default 3000). */
  maxDelay?: number;
  /** Longest `Retry-After` to honour, in ms (default 10000); a longer one is not waited for. */
  maxRetryAfter?: number;
  /** Budget for all attempts and waits of one call, in ms (default 30000). */
  maxElapsed?: number;
}

export type ResolvedRetry = Required<RetryOptions>;

export function resolveRetry(option: RetryOptions | number | false | undefined): ResolvedRetry {
  const base = {
    retries: 2,
    minDelay: 200,
    maxDelay: 3000,
    maxRetryAfter: 10_000,
    maxElapsed: 30_000,
  };
  if (option === false) return { ...base, retries: 0 };
  if (typeof option === "number") return { ...base, retries: option };
  return { ...base, ...option };
}

const RETRYABLE_IF_IDEMPOTENT = new Set([502, 503, 504]);

/** Whether a failed attempt may be repeated. `status` is undefined for network errors. */
export function isRetryable(status: number | undefined, idempotent: boolean): boolean {
  if (status === 429) return true;
  if (!idempotent) return false;
  return status === undefined || RETRYABLE_IF_IDEMPOTENT.has(status);
}

/** Exponential backoff with equal jitter: half fixed, half random. */
export function backoffDelay(policy: ResolvedRetry, attempt: number): number {
  const exp = Math.min(policy.maxDelay, policy.minDelay * 2 ** attempt);
  return exp / 2 + Math.random() * (exp / 2);
}

/** Parses `Retry-After` (seconds or HTTP date) into ms; undefined when absent or invalid. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
