import type { Fault } from "./types.js";

// The responses (and failures) a fault produces, shaped like what a client meets in the wild.

/** A fetch rejection like undici's on a reset connection. */
export class ConnectionReset extends TypeError {
  readonly emulatorFault = "reset";
  constructor() {
    super("fetch failed", {
      cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
    });
  }
}

export const isConnectionReset = (error: unknown): boolean => error instanceof ConnectionReset;

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/** Settles only when the request's signal aborts (or never, with `ignoreAbort`). */
export function never(signal: AbortSignal, ignoreAbort: boolean | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (ignoreAbort) return;
    if (signal.aborted) return reject(abortReason(signal));
    signal.addEventListener("abort", () => reject(abortReason(signal)), { once: true });
  });
}

export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function copyHeaders(from: Headers): Headers {
  const headers = new Headers(from);
  headers.delete("content-length");
  headers.delete("etag");
  return headers;
}

/** Headers at once, `head` of the body, then nothing until the request aborts. */
export function stalledResponse(
  status: number,
  headers: Headers,
  head: Uint8Array,
  signal: AbortSignal,
  ignoreAbort: boolean | undefined,
): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head.byteLength > 0) controller.enqueue(head);
      if (ignoreAbort) return;
      const fail = () => {
        try {
          controller.error(abortReason(signal));
        } catch {}
      };
      if (signal.aborted) fail();
      else signal.addEventListener("abort", fail, { once: true });
    },
  });
  return new Response(body, { status, headers: copyHeaders(headers) });
}

/** The real response, cut after `bytes` (default: half), closing or failing there. */
export async function truncated(real: Response, fault: Fault & { kind: "truncate" }) {
  const bytes = new Uint8Array(await real.arrayBuffer());
  const cut = Math.max(
    0,
    Math.min(bytes.byteLength - 1, fault.bytes ?? Math.floor(bytes.byteLength / 2)),
  );
  const part = bytes.subarray(0, cut);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (part.byteLength > 0) controller.enqueue(part);
      if (fault.error) controller.error(new ConnectionReset());
      else controller.close();
    },
  });
  return new Response(body, { status: real.status, headers: copyHeaders(real.headers) });
}

const ERROR_NAMES: Record<number, string> = {
  429: "RateLimitError",
  500: "InternalServerError",
  502: "BadGateway",
  503: "ServiceUnavailable",
  504: "GatewayTimeoutError",
};

export function statusResponse(fault: Fault & { kind: "status" }, requestId: string): Response {
  const { status } = fault;
  const headers = new Headers({
    "content-type": "application/json; charset=utf-8",
    "x-request-id": requestId,
  });
  let message = "Something went wrong";
  if (status === 429) {
    const after = fault.retryAfter ?? 1;
    headers.set("retry-after", String(after));
    message = `Rate limit exceeded. Please try again in ${after} seconds`;
  }
  const body = {
    reqId: requestId,
    statusCode: status,
    message,
    error: ERROR_NAMES[status] ?? "Error",
  };
  return new Response(JSON.stringify(body), { status, headers });
}

export async function htmlResponse(fault: Fault & { kind: "html" }, request: Request) {
  let echo = "";
  if (fault.echo) {
    // A misconfigured proxy that reflects the request: the client must redact it.
    const headers = [...request.headers].map(([k, v]) => `${k}: ${v}`).join("\n");
    const body = request.method === "GET" ? "" : await request.clone().text();
    echo = `<pre>${request.method} ${request.url}\n${headers}\n\n${body}</pre>`;
  }
  const status = fault.status ?? 502;
  const page = `<html><head><title>${status} Bad Gateway</title></head><body>${echo}<center><h1>${status} Bad Gateway</h1></center><hr><center>nginx</center>${"<!-- padding -->".repeat(40)}</body></html>`;
  return new Response(page, { status, headers: { "content-type": "text/html" } });
}

export function nonJsonResponse(fault: Fault & { kind: "non-json" }): Response {
  return new Response("OK <not json>", {
    status: fault.status ?? 200,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

export function wrongShapeResponse(fault: Fault & { kind: "wrong-shape" }): Response {
  return new Response(JSON.stringify(fault.body ?? { unexpected: true }), {
    status: fault.status ?? 200,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
