import type { Recording } from "./recordings";
import type { Exchange } from "./replay";
import { shapeDiff } from "./shape";
import { valueDiff } from "./value-checks";

// Compares the emulator's answer with the recorded one. Returns the problems found, each naming
// where it is; an empty list is a match. Bodies must have the same shape and the same values,
// except the volatile fields of volatile.ts (ids, timestamps, tokens, crypto outputs), which
// must keep their form; see value-checks.ts.

const ETAG = /^"[A-Za-z0-9+/_=-]+"$/;

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
};

/** `token` is the one sent for the recording's <ACCESS_TOKEN> placeholders. */
export function compare(recording: Recording, actual: Exchange, token: string): string[] {
  const problems: string[] = [];
  if (actual.status !== recording.status) {
    problems.push(`status: expected ${recording.status}, got ${actual.status}`);
  }
  const type = recording.headers["content-type"];
  if (type && actual.headers.get("content-type") !== type) {
    problems.push(`content-type: expected ${type}, got ${actual.headers.get("content-type")}`);
  }
  if (recording.headers.etag && !ETAG.test(actual.headers.get("etag") ?? "")) {
    problems.push(`etag: expected a quoted base64 digest, got ${actual.headers.get("etag")}`);
  }
  // 304s and HEAD answers carry no body, here as on the server.
  if (recording.body === null) {
    if (actual.text !== "") problems.push(`body: expected none, got ${show(actual.text)}`);
    return problems;
  }
  if (actual.body === undefined) {
    problems.push(`body: expected JSON, got ${show(actual.text)}`);
    return problems;
  }
  problems.push(...shapeDiff(recording.body, actual.body));
  problems.push(...valueDiff(recording, actual.body, token));
  // Not in the recordings' headers: the emulator's own promise that the header names the body's id.
  const reqId = (actual.body as Record<string, unknown>).reqId;
  if (recording.status >= 400 && actual.headers.get("x-request-id") !== reqId) {
    problems.push(`x-request-id: expected the body's reqId ${show(reqId)}`);
  }
  return problems;
}
