import type { Prepared } from "./prepare";
import type { RecordedRequest } from "./recordings";
import { substitute } from "./substitute";

// Sends a recorded request, placeholders filled, through the emulator's Request handler.

export interface Exchange {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; undefined when it is not JSON. */
  body: unknown;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function replay(prepared: Prepared, request: RecordedRequest): Promise<Exchange> {
  const { emulator, token } = prepared;
  const url = new URL(request.path, "http://emulator.localhost");
  for (const [key, value] of Object.entries(request.query ?? {})) {
    url.searchParams.set(key, String(value));
  }
  const headers = new Headers(substitute(request.headers, token));
  let body: string | undefined;
  if (prepared.body !== null && prepared.body !== undefined) {
    headers.set("content-type", "application/json");
    body =
      typeof prepared.body === "string"
        ? prepared.body
        : JSON.stringify(substitute(prepared.body, token));
  }
  const response = await emulator.handle(
    new Request(url, { method: request.method, headers, body }),
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: parseJson(text) };
}
