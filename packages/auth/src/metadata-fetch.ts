// Requests to a cloud's local metadata service (GCP, Azure, AWS IMDS and container
// endpoints) over plain fetch. Errors name the service, method, host and path and the
// status: never the query, a header or the body, which may hold tokens.

import { InfisicalError, InfisicalValidationError } from "@infisical-edge/core";
import { readText } from "@infisical-edge/core/internal";

/** The most a metadata answer may hold: credentials and tokens are a few KiB. */
const MAX_ANSWER_BYTES = 1024 * 1024;
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A metadata service could not hand out a credential. */
export class InfisicalMetadataError extends InfisicalError {
  /** Always `"InfisicalMetadataError"`. */
  override name = "InfisicalMetadataError";
  /** HTTP status, or undefined when no response arrived. */
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

export interface MetadataRequest {
  /** Names the source in errors, e.g. "Azure IMDS". */
  label: string;
  url: string;
  method?: "GET" | "PUT" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** A safe detail (e.g. an error code) read from a failed answer; the body itself is never quoted. */
  failureDetail?: (text: string) => string | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  signal?: AbortSignal | undefined;
  /** ms; metadata services answer locally, so the default is short. */
  timeout?: number;
  /** The option `timeout` came from, named when it is not a number of ms. */
  timeoutField?: string;
}

export async function fetchMetadata(request: MetadataRequest): Promise<string> {
  const method = request.method ?? "GET";
  const ms = request.timeout ?? 5_000;
  if (typeof ms !== "number" || !(ms >= 1 && ms <= MAX_TIMEOUT_MS)) {
    throw new InfisicalValidationError([
      {
        field: request.timeoutField ?? "timeout",
        reason: "expected a number of ms from 1 to 2^31-1",
      },
    ]);
  }
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    // Never quoted: the URL comes from settings and may carry credentials.
    throw new InfisicalMetadataError(`${request.label}: the endpoint is not a valid URL`);
  }
  const where = `${request.label}: ${method} ${url.host}${url.pathname}`;
  const timeout = AbortSignal.timeout(ms);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const send = request.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let response: Response;
  try {
    response = await send(url.toString(), {
      method,
      headers: request.headers,
      body: request.body,
      signal,
    });
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    const reason = timeout.aborted ? "timed out" : `unreachable (${describe(error)})`;
    throw new InfisicalMetadataError(`${where} ${reason}`);
  }
  let body: { text: string; truncated: boolean };
  try {
    body = await readText(response.body?.getReader(), signal, MAX_ANSWER_BYTES);
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    const reason = timeout.aborted ? "timed out" : `broke off (${describe(error)})`;
    throw new InfisicalMetadataError(`${where} ${reason} while reading the answer`);
  }
  if (body.truncated) {
    throw new InfisicalMetadataError(`${where} answered more than ${MAX_ANSWER_BYTES} bytes`);
  }
  const { text } = body;
  if (!response.ok) {
    const detail = request.failureDetail?.(text);
    throw new InfisicalMetadataError(
      `${where} failed: ${response.status}${detail ? ` ${detail}` : ""}`,
      response.status,
    );
  }
  return text;
}

/** Parses a JSON metadata answer; a wrong shape is reported without quoting the body. */
export function parseMetadataJson<T>(
  label: string,
  text: string,
  check: (value: any) => boolean,
): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InfisicalMetadataError(`${label}: the answer is not JSON`);
  }
  if (!value || typeof value !== "object" || !check(value)) {
    throw new InfisicalMetadataError(`${label}: the answer lacks the expected fields`);
  }
  return value as T;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : "error";
}
