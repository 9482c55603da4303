// HTTP transport on ofetch: one `$fetch` instance per client joins the base URL (the query is
// encoded here), serialises JSON bodies, runs the user's hooks and repeats attempts. The SDK keeps what ofetch
// does not do safely for a secrets client, in its own hooks and fetch wrapper:
// - the retry decision (ofetch's default list retries 409/425/500): our error hooks throw the
//   final typed error unless `retry.ts` allows another attempt, so ofetch only repeats what
//   we allowed, and its own delay is 0: the backoff wait runs in that hook, under the caller's
//   signal (ofetch's sleep cannot be aborted);
// - the timeout: ofetch's ends when headers arrive (1.x) or is skipped with a caller's signal;
//   ours covers headers and body, per attempt, cut to the call's `maxElapsed` budget;
// - the body: `responseType: "stream"` leaves it to our bounded, signal-aware reader.

import { createFetch, type FetchContext, type FetchHook, type FetchOptions } from "ofetch";
import {
  InfisicalApiError,
  InfisicalAuthError,
  InfisicalError,
  InfisicalNetworkError,
  InfisicalResponseError,
  InfisicalTimeoutError,
} from "./errors.js";
import { checkHeaders } from "./headers.js";
import { type ClientHooks, userHooks } from "./hooks.js";
import { quietly } from "./quietly.js";
import { redact, sensitiveValues } from "./redact.js";
import { type BodyText, parseBody, readText } from "./response-body.js";
import {
  backoffDelay,
  type Failure,
  isRetryable,
  parseRetryAfter,
  type ResolvedRetry,
} from "./retry.js";
import { attemptSignal, sleep, TimeoutMarker } from "./signal.js";

/** An HTTP method the SDK sends. */
export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** One request as the SDK sends it through `InfisicalClient.send`. */
export interface RequestSpec {
  /** HTTP method. */
  method: HttpMethod;
  /** Path below the site URL, segments already encoded, e.g. `/api/v4/secrets/DB_URL`. */
  path: string;
  /** Query parameters; `undefined` values are left out. A frozen object is encoded once. */
  query?: Record<string, string | number | boolean | undefined>;
  /** JSON body. */
  body?: unknown;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Aborts the request (and its retries). */
  signal?: AbortSignal | undefined;
  /** Safe to repeat after it may have reached the server. Default: GET only. */
  idempotent?: boolean;
  /** Extra strings to scrub from error messages (the body's secret fields are added). */
  sensitive?: string[];
}

/**
 * An answer as `InfisicalClient.send` resolves to it; error statuses and redirects throw typed errors instead.
 */
export interface TransportResponse {
  /** HTTP status code. */
  status: number;
  /** Response headers. */
  headers: Headers;
  /** The parsed body: JSON when it parses, otherwise the text. */
  data: unknown;
}

export interface TransportOptions {
  baseURL: string;
  fetch?: typeof globalThis.fetch | undefined;
  timeout: number;
  retry: ResolvedRetry;
  /** Sent with every request; validated by `createClient`. */
  headers: Record<string, string>;
  hooks?: ClientHooks | undefined;
}

export type Transport = (spec: RequestSpec, token?: string) => Promise<TransportResponse>;

/** An error body needs no more than this for its message (which is cut to 300 chars). */
const ERROR_BODY_LIMIT = 64 * 1024;
/** Redirects are never followed: a 307/308 would re-send a login body to another origin. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const isRedirect = (response: Response) =>
  REDIRECTS.has(response.status) || response.type === "opaqueredirect";

/**
 * One call's state, carried through ofetch's options (copied by reference on each retry) as a
 * function: JSON.stringify(options) in a hook leaves it out, and, unlike a symbol key, a
 * string key keeps ofetch's copies of the options on V8's fast path.
 */
const CALL = "infisicalEdgeCall";

interface Call {
  spec: RequestSpec;
  token: string | undefined;
  /** The client's `headers` values (an API key a proxy wants...). */
  headerValues: string[];
  idempotent: boolean;
  deadline: number;
  attempts: number;
  /** Headers fetch gets as they are, when neither a user hook nor a custom fetch could see ofetch's. */
  headers: Record<string, string> | undefined;
  /** The last attempt's parsed body. */
  data?: unknown;
  failure?: Failure;
  reason?: string;
  /** Ends the call without a retry, whatever ofetch would do. */
  fatal?: Error;
}

type Carrier = { [CALL]: () => Call };
const callOf = (context: FetchContext) => (context.options as unknown as Carrier)[CALL]();

export function createTransport(options: TransportOptions): Transport {
  // Looked up per call, so a fetch installed after the client was created (a test double,
  // an instrumented global) is used.
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const hooks = userHooks(options.hooks, (context) => callOf(context as FetchContext).spec);
  const headerValues = Object.values(options.headers);

  /** One attempt, headers and body, bounded by the attempt's budget and the caller's signal. */
  async function attempt(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const call = (init as unknown as Carrier)[CALL]();
    const budget =
      call.attempts++ === 0
        ? options.timeout
        : Math.min(options.timeout, call.deadline - Date.now());
    let pending: Promise<Response> | undefined;
    let fail: ((reason: unknown) => void) | undefined;
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    const bound = attemptSignal(budget, call.spec.signal, (reason) => {
      fail?.(reason);
      // A fetch that ignores its signal (an in-process handler) must not outlive the attempt.
      quietly(() => pending?.then((late) => quietly(() => late.body?.cancel())));
      quietly(() => reader?.cancel(reason));
    });
    const { signal } = bound;
    const request = init as RequestInit;
    if (call.headers) request.headers = call.headers;
    request.signal = signal;
    request.redirect = "manual"; // see REDIRECTS
    call.data = undefined;
    try {
      if (signal.aborted) throw signal.reason;
      try {
        // ofetch's options as they are (a user `onRequest` hook may have set any field there):
        // a fresh copy with only the request's fields measured no faster.
        pending = fetchImpl(input, request);
      } catch (error) {
        // Thrown before anything was sent (a bad URL or header): repeating cannot help.
        throw clientSide(call, error);
      }
      const response = await new Promise<Response>((resolve, reject) => {
        fail = reject;
        (pending as Promise<Response>).then(resolve, reject);
      });
      const { status } = response;
      // Aborted since the answer came: its body, still unlocked, is cancelled by onAbort.
      if (signal.aborted) throw signal.reason;
      reader = response.body?.getReader();
      const body: BodyText = await readText(
        reader,
        signal,
        status >= 400 ? ERROR_BODY_LIMIT : undefined,
      );
      if (body.truncated && status < 400) {
        call.fatal = new InfisicalResponseError({
          status,
          method: call.spec.method,
          path: call.spec.path,
          issues: ["body: larger than the SDK reads"],
        });
        throw call.fatal;
      }
      call.data = parseBody(body.text, response.headers.get("content-type"));
      return response;
    } catch (error) {
      if (call.fatal || call.spec.signal?.aborted) throw error;
      if (signal.reason instanceof TimeoutMarker) {
        call.failure = { kind: "timeout" };
        // Not an AbortError: ofetch never repeats those.
        throw signal.reason;
      }
      if (error instanceof TypeError && !canBuild(input, init)) throw clientSide(call, error);
      call.failure = { kind: "network" };
      call.reason = describe(error);
      throw error;
    } finally {
      bound.dispose();
    }
  }

  /** Hands the parsed body to ofetch's context, where hooks look for it. */
  const afterResponse: FetchHook = (context) => {
    if (context.response) context.response._data = callOf(context).data;
  };

  /**
   * Allows another attempt after the backoff wait (abortable by the caller), or throws the
   * typed error that ends the call.
   */
  const decide: FetchHook = (context) => {
    const call = callOf(context);
    const { spec } = call;
    if (call.fatal) throw call.fatal;
    if (spec.signal?.aborted) throw spec.signal.reason;
    const failure: Failure = context.response
      ? { kind: "status", status: context.response.status }
      : (call.failure ?? { kind: "network" });
    const wait = retryWait(call, failure, context.response?.headers.get("retry-after") ?? null);
    if (wait !== undefined) return sleep(wait, spec.signal);
    if (failure.kind === "timeout") {
      throw new InfisicalTimeoutError({
        method: spec.method,
        path: spec.path,
        timeout: options.timeout,
      });
    }
    if (context.response) throw toApiError(spec, context.response, call.data, sensitiveOf(call));
    throw networkError(call);
  };

  function retryWait(call: Call, failure: Failure, retryAfterHeader: string | null) {
    const policy = options.retry;
    if (call.attempts > policy.retries || !isRetryable(failure, call.idempotent)) return undefined;
    const retryAfter = parseRetryAfter(retryAfterHeader, Date.now());
    if (retryAfter !== undefined && retryAfter > policy.maxRetryAfter) return undefined;
    const wait = Math.max(retryAfter ?? 0, backoffDelay(policy, call.attempts - 1));
    // No retry unless the wait leaves the attempt a fair share of the budget.
    const room = Math.min(options.timeout, 100);
    return Date.now() + wait + room > call.deadline ? undefined : wait;
  }

  // Our decision last, so user hooks see every attempt and every failure. A hook list left
  // empty stays undefined: ofetch awaits each list it is given.
  const onRequestError = [...(hooks.onRequestError as FetchHook[]), decide];
  const onResponseError = [...(hooks.onResponseError as FetchHook[]), decide];
  const onRequest = hooks.onRequest.length ? (hooks.onRequest as FetchHook[]) : undefined;
  // The body reaches hooks as `response._data` only when a user hook may look for it.
  const onResponse =
    hooks.onResponse.length + hooks.onResponseError.length
      ? [afterResponse, ...(hooks.onResponse as FetchHook[])]
      : undefined;
  // Only a user hook (`onRequestError` always ends with our `decide`) or a custom fetch, which
  // may expect `init.headers` to be a Headers, can see the Headers ofetch builds for a request.
  const unseen = !(onRequest || onResponse || onRequestError.length > 1 || options.fetch);
  // Names in lower case, so that a request's header replaces the client's of the same name.
  const clientHeaders: Record<string, string> = { accept: "application/json" };
  for (const name in options.headers) clientHeaders[name.toLowerCase()] = options.headers[name]!;
  // No `create()` defaults: ofetch would spread them into every request's options and build
  // its Headers twice (defaults, then the request's on top). Each call hands over one object
  // of a fixed shape instead (measured 10-15 µs less per request).
  const $fetch = createFetch({ fetch: attempt });
  // A token is checked once, not on every request it goes out with (a session holds one).
  let checkedToken: string | undefined;
  return async function send(spec, token) {
    // A copy per request: the runtime's fetch may be handed this record, and an instrumented
    // fetch that changes it must not change the client's headers.
    const headers = { ...clientHeaders };
    for (const name in spec.headers) headers[name.toLowerCase()] = spec.headers[name]!;
    if (token) headers.authorization = `Bearer ${token}`;
    // A control character would make fetch throw a TypeError quoting the value.
    if (spec.headers || token !== checkedToken) checkHeaders(headers, "headers");
    checkedToken = token;
    // When nobody can see ofetch's Headers, a request without a body hands fetch its header
    // record: ofetch's Headers for it stays empty, not a copy of ours, and fetch reads the
    // record as raw fetch does (measured 8-15 µs less per request). A JSON body needs the
    // content-type ofetch sets.
    const direct = unseen && spec.body === undefined;
    const call: Call = {
      spec,
      token,
      headers: direct ? headers : undefined,
      headerValues,
      idempotent: spec.idempotent ?? spec.method === "GET",
      deadline: Date.now() + Math.max(options.retry.maxElapsed, options.timeout),
      attempts: 0,
    };
    const init = {
      baseURL: options.baseURL,
      method: spec.method,
      headers: direct ? undefined : headers,
      body: spec.method === "GET" ? undefined : (spec.body as Record<string, unknown>),
      responseType: "stream",
      // ofetch's own status list (408, 409, 425, 429, 500-504, a network error counting as
      // 500) is left as it is: our error hook has already thrown unless the policy allows
      // another attempt, and everything it allows is on that list.
      retry: options.retry.retries,
      onRequest,
      onRequestError,
      onResponse,
      onResponseError,
      [CALL]: () => call,
    } as FetchOptions<"stream">;
    let response: Response;
    try {
      response = await $fetch.raw(withQuery(spec.path, spec.query), init);
    } catch (error) {
      if (error instanceof InfisicalError) throw error;
      if (spec.signal?.aborted && error === spec.signal.reason) throw error;
      // Never ofetch's FetchError (its message holds the URL): ours, without quoting it.
      throw networkError(call);
    }
    if (isRedirect(response)) {
      throw toApiError(spec, response, call.data, sensitiveOf(call));
    }
    return { status: response.status, headers: response.headers, data: call.data };
  };
}

/** Whether `fetch` could have built this request at all (a bad URL or header cannot). */
function canBuild(input: RequestInfo | URL, init?: RequestInit): boolean {
  try {
    new Request(input, { ...init, signal: null });
    return true;
  } catch {
    return false;
  }
}

function clientSide(call: Call, error: unknown): Error {
  call.fatal = networkError(call, describe(error));
  return call.fatal;
}

/** The call's network failure, its reason scrubbed of anything sensitive. */
function networkError(call: Call, reason = call.reason ?? "request failed") {
  const { method, path } = call.spec;
  return new InfisicalNetworkError({ method, path, reason: redact(reason, sensitiveOf(call)) });
}

/** What an error must not quote: secret body fields, the token, every header value. */
function sensitiveOf(call: Call): string[] {
  const { spec } = call;
  const sensitive = [
    ...(spec.sensitive ?? []),
    ...sensitiveValues(spec.body),
    ...call.headerValues,
  ];
  if (call.token) sensitive.push(call.token);
  for (const value of Object.values(spec.headers ?? {})) sensitive.push(value);
  return sensitive;
}

/** Names the underlying failure, e.g. `TypeError: fetch failed (ECONNREFUSED)`. */
function describe(root: unknown): string {
  if (root instanceof Error) {
    const cause = (root as { cause?: { code?: unknown } }).cause;
    const code = cause && typeof cause.code === "string" ? ` (${cause.code.slice(0, 40)})` : "";
    // Cut only far past what an error keeps: `redact` must see each value whole before it
    // truncates, or a value split by the cut would go out in part.
    return `${root.name}: ${root.message.slice(0, 65_536)}${code}`;
  }
  return "request failed";
}

/** Turns an error response into InfisicalApiError (or InfisicalAuthError for token problems). */
function toApiError(
  spec: RequestSpec,
  response: Response,
  body: unknown,
  sensitive: string[],
): InfisicalApiError {
  let serverMessage: string;
  let error: string | undefined;
  let requestId: string | undefined;
  if (isRedirect(response)) {
    serverMessage = "redirect not followed: set siteUrl to the final URL";
  } else if (body && typeof body === "object") {
    const b = body as Record<string, unknown>;
    serverMessage = formatMessage(b.message);
    error = typeof b.error === "string" ? b.error : undefined;
    requestId = typeof b.reqId === "string" ? b.reqId : undefined;
  } else {
    // A page that is not the server's JSON (a proxy's HTML, plain text) may echo the request
    // in any escaping: it is never quoted.
    const kind = typeof body === "string" ? "a non-JSON body" : "no body";
    serverMessage = `${response.statusText || "error"} (${kind})`;
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

/** Encoded queries of frozen query objects: a read built once and sent often (getSecret's). */
const encoded = new WeakMap<object, string>();

/** `path?query` without undefined values: cheaper here than ofetch's merge of its `query`. */
function withQuery(path: string, query: RequestSpec["query"]): string {
  if (!query) return path;
  let search = encoded.get(query);
  if (search === undefined) {
    const params = new URLSearchParams();
    for (const key in query) {
      if (query[key] !== undefined) params.append(key, String(query[key]));
    }
    search = `${params}`;
    // A frozen object cannot change, so its encoding can be kept.
    if (Object.isFrozen(query)) encoded.set(query, search);
  }
  return search ? `${path}?${search}` : path;
}
