// Reads a response body under the attempt's signal, so a body that stalls mid-stream (or a
// fetch that ignores its signal, like an in-process handler) still ends at the timeout, and
// stops at a size limit, so a hostile or broken server cannot exhaust memory.

import { quietly } from "./quietly.js";

/** Largest body the SDK reads (32 MiB); a larger 2xx body is an InfisicalResponseError. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface BodyText {
  text: string;
  /** The body was longer than the limit and was cut. */
  truncated: boolean;
}

const decoder = new TextDecoder();

/** Reads of a reader a custom `fetch` made: they end when `signal` aborts, whatever it does. */
function racing(reader: ReadableStreamDefaultReader<Uint8Array>, signal: AbortSignal) {
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
  aborted.catch(() => {});
  return () => Promise.race([reader.read(), aborted]);
}

/**
 * Reads `reader` to its end or to `limit` bytes. The caller takes the reader only while
 * `signal` has not aborted, and cancels it when `signal` aborts: cancelling settles a
 * pending read of the runtime's streams at once (as done), even when the source ignores it,
 * and frees the connection (or the in-process stream) once nobody will read on. Another
 * reader (a custom `fetch`'s own object) may ignore the cancel: its reads race the signal.
 */
export async function readText(
  reader: ReadableStreamDefaultReader<Uint8Array> | undefined,
  signal: AbortSignal,
  limit = MAX_BODY_BYTES,
): Promise<BodyText> {
  if (!reader) return { text: "", truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  const native =
    typeof ReadableStreamDefaultReader === "function" &&
    reader instanceof ReadableStreamDefaultReader;
  const read = native ? () => reader.read() : racing(reader, signal);
  for (;;) {
    const { done, value } = await read();
    if (signal.aborted) throw signal.reason;
    if (done) break;
    if (size + value.byteLength > limit) {
      chunks.push(value.subarray(0, limit - size));
      truncated = true;
      quietly(() => reader.cancel());
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  // One synchronous decode of the whole body, so one decoder serves every call; decoding chunk
  // by chunk and joining the strings costs tens of ms on a 5 MB list.
  let bytes = chunks[0];
  if (chunks.length > 1) {
    bytes = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.byteLength, 0));
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
  }
  return { text: bytes ? decoder.decode(bytes) : "", truncated };
}

/**
 * JSON bodies are parsed (a `__proto__` key is dropped, so a hostile body cannot change the
 * prototype of objects built from it); anything else, or JSON that does not parse (a
 * truncated body, a proxy's error page), stays text. An empty body is `undefined`.
 */
export function parseBody(text: string, contentType: string | null): unknown {
  if (text === "") return undefined;
  if (!/\bjson\b/i.test(contentType ?? "")) return text;
  try {
    // The reviver costs a call per value, so it only runs when the key can be there at all.
    return text.includes('"__proto__"')
      ? JSON.parse(text, (key, value) => (key === "__proto__" ? undefined : value))
      : JSON.parse(text);
  } catch {
    return text;
  }
}
