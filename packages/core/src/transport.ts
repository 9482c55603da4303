// HTTP transport: one ofetch instance per client. ofetch joins the base URL and query,
// serialises JSON bodies and parses responses; this file adds the timeout (combined with
// the caller's signal), the retry loop and the mapping of failures to SDK errors.

import { createFetch, type FetchResponse } from "ofetch";
import {
  InfisicalApiError,
  InfisicalAuthError,
  InfisicalNetworkError,
  InfisicalTimeoutError,
} from "./errors";
import { redact, sensitiveValues } from "./redact";
import { backoffDelay, isRetryable, parseRetryAfter, type ResolvedRetry } from "./retry";
import { anySignal, sleep } from "./signal";

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

export function createTransport(options: TransportOptions): Transport {
  const $fetch = createFetch({ fetch: options.fetch ?? ((...args) => globalThis.fetch(...args)) });

  async function attempt(spec: RequestSpec, token: string | undefined, signal: AbortSignal) {
    const headers: Record<string, string> = { ...options.headers, ...spec.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    return $fetch.raw(spec.path, {
      baseURL: options.baseURL,
      method: spec.method,
      query: spec.query,
      body: spec.body as Record<string, unknown> | undefined,
      headers,
      signal,
      retry: false,
      ignoreResponseError: true,
    });
  }

  return async function send(spec, token) {
    const policy = options.retry;
    const idempotent = spec.idempotent ?? spec.method === "GET";
    const started = options.now();
    for (let attemptNo = 0; ; attemptNo++) {
      const timeout = AbortSignal.timeout(options.timeout);
      const signal = anySignal([spec.signal, timeout]) as AbortSignal;
      let response: FetchResponse<unknown> | undefined;
      let failure: unknown;
      try {
        response = await attempt(spec, token, signal);
      } catch (error) {
        if (spec.signal?.aborted) throw spec.signal.reason;
        if (timeout.aborted) {
          throw new InfisicalTimeoutError({
            method: spec.method,
            path: spec.path,
            timeout: options.timeout,
          });
        }
        failure = error;
      }
      if (response && response.status < 400) {
        return { status: response.status, headers: response.headers, data: response._data };
      }

      const status = response?.status;
      const wait = retryWait(policy, attemptNo, status, response?.headers, idempotent, started);
      if (wait === undefined) {
        if (response) throw toApiError(spec, response, token);
        throw new InfisicalNetworkError({
          method: spec.method,
          path: spec.path,
          reason: describe(failure),
        });
      }
      await sleep(wait, spec.signal);
    }
  };

  function retryWait(
    policy: ResolvedRetry,
    attemptNo: number,
    status: number | undefined,
    headers: Headers | undefined,
    idempotent: boolean,
    started: number,
  ): number | undefined {
    if (attemptNo >= policy.retries || !isRetryable(status, idempotent)) return undefined;
    const retryAfter = parseRetryAfter(headers?.get("retry-after") ?? null, options.now());
    if (retryAfter !== undefined && retryAfter > policy.maxRetryAfter) return undefined;
    const wait = retryAfter ?? backoffDelay(policy, attemptNo);
    return options.now() - started + wait > policy.maxElapsed ? undefined : wait;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: unknown } }).cause;
    const code = cause && typeof cause.code === "string" ? ` (${cause.code})` : "";
    return `${error.name}: ${error.message.slice(0, 120)}${code}`;
  }
  return "request failed";
}

/** Turns an error response into InfisicalApiError (or InfisicalAuthError for token problems). */
export function toApiError(
  spec: RequestSpec,
  response: FetchResponse<unknown>,
  token: string | undefined,
): InfisicalApiError {
  const sensitive = [...(spec.sensitive ?? []), ...sensitiveValues(spec.body)];
  if (token) sensitive.push(token);
  const body = response._data;
  let serverMessage: string;
  let error: string | undefined;
  let requestId: string | undefined;
  if (body && typeof body === "object") {
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
    requestId,
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
      .map((issue) => {
        const i = issue as { path?: unknown; message?: unknown };
        const path = Array.isArray(i.path) ? i.path.join(".") : "";
        return `${path ? `${path}: ` : ""}${String(i.message ?? "invalid")}`;
      })
      .join("; ");
  }
  return "unknown error";
}
