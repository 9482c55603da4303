// HTTP transport over the runtime's fetch: the timeout (combined with the caller's signal and
// covering the body as well as the headers), the body reading, the retry loop and the
// mapping of failures to SDK errors.
//
// It used to sit on ofetch. Once the SDK needed its own retry loop (ofetch retries 409/425/500
// by default and its backoff sleep ignores the caller's signal) and its own timeout (ofetch
// skips its timeout when a signal is passed), ofetch only built URLs and JSON bodies, for
// 4 KB gzipped of a Worker bundle's budget, measurable per-call overhead and, on Node, a
// fetch polyfill. URL and URLSearchParams do that job (see url.ts).

import {
  InfisicalApiError,
  InfisicalAuthError,
  InfisicalNetworkError,
  InfisicalResponseError,
  InfisicalTimeoutError,
} from "./errors.js";
import { redact, sensitiveValues } from "./redact.js";
import { parseBody, readText } from "./response-body.js";
import {
  backoffDelay,
  type Failure,
  isRetryable,
  parseRetryAfter,
  type ResolvedRetry,
} from "./retry.js";
import { linkSignals, raceSignal, sleep, timeoutSignal } from "./signal.js";
import { buildUrl } from "./url.js";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface RequestSpec {
  method: HttpMethod;
  /** Path below the site URL, segments already encoded, e.g. `/api/v4/secrets/DB_URL`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Safe to repeat after it may have reached the server. Default: GET only. */
  idempotent?: boolean;
  /** Extra strings to scrub from error messages (the body's secret fields are added). */
  sensitive?: string[];
}

export interface TransportResponse {
  status: number;
  headers: Headers;
  data: unknown;
}

export interface TransportOptions {
  baseURL: string;
  fetch?: typeof globalThis.fetch | undefined;
  timeout: number;
  retry: ResolvedRetry;
  headers: Record<string, string>;
  now: () => number;
}

export type Transport = (spec: RequestSpec, token?: string) => Promise<TransportResponse>;

/** An error body needs no more than this for its message (which is cut to 300 chars). */
const ERROR_BODY_LIMIT = 64 * 1024;
/** Redirects are never followed: a 307/308 would re-send a login body to another origin. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Outcome =
  | { ok: true; status: number; headers: Headers; data: unknown }
  | { ok: false; failure: Failure; response?: Response; data?: unknown; reason?: string };

export function createTransport(options: TransportOptions): Transport {
  // Looked up per call, so a fetch installed after the client was created (a test double,
  // an instrumented global) is used.
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  /** One attempt, headers and body, bounded by `budget` ms and the caller's signal. */
  async function attempt(
    spec: RequestSpec,
    token: string | undefined,
    budget: number,
  ): Promise<Outcome> {
    const headers: Record<string, string> = {
      accept: "application/json",
      ...options.headers,
      ...spec.headers,
    };
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (spec.body !== undefined && spec.method !== "GET") {
      body = JSON.stringify(spec.body);
      headers["content-type"] = "application/json";
    }
    const timer = timeoutSignal(budget);
    const linked = linkSignals([spec.signal, timer.signal]);
    const signal = linked.signal as AbortSignal;
    try {
      const pending = fetchImpl(buildUrl(options.baseURL, spec.path, spec.query), {
        method: spec.method,
        headers,
        body,
        signal,
        redirect: "manual",
      });
      // A fetch that ignores its signal (an in-process handler) must not outlive the attempt.
      pending.then(
        (late) => signal.aborted && void late.body?.cancel().catch(() => {}),
        () => {},
      );
      const response = await raceSignal(pending, signal);
      const status = response.status;
      const limit = status >= 400 ? ERROR_BODY_LIMIT : undefined;
      const { text, truncated } = await readText(response.body, signal, limit);
      if (truncated && status < 400) {
        throw new InfisicalResponseError({
          status,
          method: spec.method,
          path: spec.path,
          issues: ["body: larger than the SDK reads"],
        });
      }
      const data = parseBody(text, response.headers.get("content-type"));
      if (status >= 400 || REDIRECTS.has(status) || response.type === "opaqueredirect") {
        return { ok: false, failure: { kind: "status", status }, response, data };
      }
      return { ok: true, status, headers: response.headers, data };
    } catch (error) {
      if (spec.signal?.aborted) throw spec.signal.reason;
      if (error instanceof InfisicalResponseError) throw error;
      if (timer.signal.aborted) return { ok: false, failure: { kind: "timeout" } };
      return { ok: false, failure: { kind: "network" }, reason: describe(error) };
    } finally {
      timer.clear();
      linked.dispose();
    }
  }

  return async function send(spec, token) {
    const policy = options.retry;
    const idempotent = spec.idempotent ?? spec.method === "GET";
    const started = Date.now();
    const deadline = started + Math.max(policy.maxElapsed, options.timeout);
    for (let attemptNo = 0; ; attemptNo++) {
      const budget =
        attemptNo === 0 ? options.timeout : Math.min(options.timeout, deadline - Date.now());
      const outcome = await attempt(spec, token, budget);
      if (outcome.ok) {
        return { status: outcome.status, headers: outcome.headers, data: outcome.data };
      }
      const wait = retryWait(policy, attemptNo, outcome, idempotent, deadline);
      if (wait === undefined) throw finalError(spec, outcome, token);
      await sleep(wait, spec.signal);
    }
  };

  function retryWait(
    policy: ResolvedRetry,
    attemptNo: number,
    outcome: Outcome & { ok: false },
    idempotent: boolean,
    deadline: number,
  ): number | undefined {
    if (attemptNo >= policy.retries || !isRetryable(outcome.failure, idempotent)) return undefined;
    const header = outcome.response?.headers.get("retry-after") ?? null;
    const retryAfter = parseRetryAfter(header, Date.now());
    if (retryAfter !== undefined && retryAfter > policy.maxRetryAfter) return undefined;
    const wait = Math.max(retryAfter ?? 0, backoffDelay(policy, attemptNo));
    // No retry unless the wait leaves the attempt a fair share of the budget.
    const room = Math.min(options.timeout, 100);
    return Date.now() + wait + room > deadline ? undefined : wait;
  }

  function finalError(
    spec: RequestSpec,
    outcome: Outcome & { ok: false },
    token: string | undefined,
  ): Error {
    const { method, path } = spec;
    if (outcome.failure.kind === "timeout") {
      return new InfisicalTimeoutError({ method, path, timeout: options.timeout });
    }
    if (outcome.response) return toApiError(spec, outcome.response, outcome.data, token);
    return new InfisicalNetworkError({ method, path, reason: outcome.reason ?? "request failed" });
  }
}

/** Names the underlying failure, e.g. `TypeError: fetch failed (ECONNREFUSED)`. */
function describe(root: unknown): string {
  if (root instanceof Error) {
    const cause = (root as { cause?: { code?: unknown } }).cause;
    const code = cause && typeof cause.code === "string" ? ` (${cause.code.slice(0, 40)})` : "";
    return `${root.name}: ${root.message.slice(0, 120)}${code}`;
  }
  return "request failed";
}

/** Turns an error response into InfisicalApiError (or InfisicalAuthError for token problems). */
export function toApiError(
  spec: RequestSpec,
  response: Response,
  body: unknown,
  token: string | undefined,
): InfisicalApiError {
  const sensitive = [...(spec.sensitive ?? []), ...sensitiveValues(spec.body)];
  if (token) sensitive.push(token);
  let serverMessage: string;
  let error: string | undefined;
  let requestId: string | undefined;
  if (REDIRECTS.has(response.status) || response.type === "opaqueredirect") {
    serverMessage = "redirect not followed: set siteUrl to the final URL";
  } else if (body && typeof body === "object") {
    const b = body as Record<string, unknown>;
    serverMessage = formatMessage(b.message);
    error = typeof b.error === "string" ? b.error : undefined;
    requestId = typeof b.reqId === "string" ? b.reqId : undefined;
  } else {
    serverMessage = typeof body === "string" && body ? body : response.statusText || "no body";
  }
  requestId ??= response.headers.get("x-request-id") ?? undefined;
  const details = {
    status: response.status,
    error: error ? redact(error, sensitive) : undefined,
    serverMessage: redact(serverMessage, sensitive),
    requestId: requestId ? redact(requestId, sensitive) : undefined,
    method: spec.method,
    path: spec.path,
  };
  return isTokenRejection(details.status, details.error)
    ? new InfisicalAuthError(details)
    : new InfisicalApiError(details);
}

/** 401, or 403 `TokenError` (an expired or malformed token): the token is no longer good. */
export const isTokenRejection = (status: number, error: string | undefined): boolean =>
  status === 401 || (status === 403 && error === "TokenError");

// 422 bodies carry an array of zod issues; keep their paths and messages only.
function formatMessage(message: unknown): string {
  if (typeof message === "string") return message;
  if (Array.isArray(message)) {
    return message
      .slice(0, 20)
      .map((issue) => {
        const i = (issue ?? {}) as { path?: unknown; message?: unknown };
        const path = Array.isArray(i.path) ? i.path.join(".") : "";
        const text = typeof i.message === "string" ? i.message : "invalid";
        return `${path ? `${path}: ` : ""}${text}`;
      })
      .join("; ");
  }
  return "unknown error";
}
