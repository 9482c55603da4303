import { isDeepStrictEqual } from "node:util";
import type { Recording } from "./recordings";
import type { Exchange } from "./replay";
import { shapeDiff } from "./shape";
import { valueDiff } from "./value-checks";

// Compares the emulator's answer with the recorded one. Returns the problems found, each naming
// where it is; an empty list is a match. Ids, timestamps, tokens and ciphertexts may differ in
// value, not in shape; error names and messages must be the same.

const ETAG = /^"[A-Za-z0-9+/_=-]+"$/;
const ERROR_FIELDS = ["statusCode", "error", "message"] as const;

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
};

export function compare(recording: Recording, actual: Exchange): string[] {
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
  if (recording.status >= 400) problems.push(...errorDiff(recording.body, actual));
  else problems.push(...valueDiff(recording, actual.body));
  return problems;
}

function errorDiff(expected: Record<string, unknown>, actual: Exchange): string[] {
  const body = actual.body as Record<string, unknown>;
  const problems = ERROR_FIELDS.filter((key) => !isDeepStrictEqual(body[key], expected[key])).map(
    (key) => `$.${key}: expected ${show(expected[key])}, got ${show(body[key])}`,
  );
  // Not in the recordings' headers: the emulator's own promise that the header names the body's id.
  if (actual.headers.get("x-request-id") !== body.reqId) {
    problems.push(`x-request-id: expected the body's reqId ${show(body.reqId)}`);
  }
  return problems;
}
