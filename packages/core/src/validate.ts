// valibot at the edges: options are checked before any request, responses on arrival.

import * as v from "valibot";
import { InfisicalResponseError, InfisicalValidationError, type ValidationIssue } from "./errors";
import { inPlaceCheck } from "./in-place-check";
import type { TransportResponse } from "./transport";

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => String(item.key)).join(".");
}

// Our schemas carry custom messages phrased as expectations ("a non-empty string").
// valibot's default messages ("Invalid type: Expected ... but received ...") can quote the
// received value, which may be a secret, so only their expectation is kept.
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.message.startsWith("Invalid ")) return `expected ${issue.expected ?? "a valid value"}`;
  return /^an? /.test(issue.message) ? `expected ${issue.message}` : issue.message;
}

// A union (`cache: false | {...}`) reports one issue at its own path, with the issues of
// each branch (paths relative to the union) inside; the branch issue that reached furthest
// (`cache.staleIfError`) names the field better.
function deepest(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  let best = issue;
  for (const sub of issue.issues ?? []) {
    const inner = deepest(sub);
    const path = [...(issue.path ?? []), ...(inner.path ?? [])] as typeof issue.path;
    if ((path?.length ?? 0) > (best.path?.length ?? 0)) best = { ...inner, path };
  }
  return best;
}

/** Validates options; throws InfisicalValidationError naming each bad field. */
export function parseOptions<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  label = "options",
): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const issues: ValidationIssue[] = result.issues.map(deepest).map((issue) => ({
    field: issuePath(issue) || label,
    reason: describeIssue(issue),
  }));
  throw new InfisicalValidationError(issues);
}

/**
 * A schema's verdict on strings, remembered: a hot path (a cache hit) validates each
 * distinct value once. Answers the schema's output for a valid string, or undefined for
 * anything else (the caller then runs the full schema, which names what is wrong).
 */
export function knownValid<S extends v.GenericSchema<string, unknown>>(
  schema: S,
  max = 1000,
): (value: unknown) => v.InferOutput<S> | undefined {
  const valid = new Map<string, v.InferOutput<S>>();
  return (value) => {
    if (typeof value !== "string") return undefined;
    const known = valid.get(value);
    if (known !== undefined) return known;
    const result = v.safeParse(schema, value);
    if (!result.success) return undefined;
    if (valid.size >= max) valid.clear();
    valid.set(value, result.output);
    return result.output;
  };
}

/** Validates a 2xx body; throws InfisicalResponseError listing where it differs. */
export function parseResponse<S extends v.GenericSchema>(
  schema: S,
  response: TransportResponse,
  method: string,
  path: string,
): v.InferOutput<S> {
  // Most response schemas are checked in place: the result is the parsed body itself.
  if (inPlaceCheck(schema)?.(response.data)) return response.data as v.InferOutput<S>;
  const result = v.safeParse(schema, response.data);
  if (result.success) return result.output;
  throw new InfisicalResponseError({
    status: response.status,
    method,
    path,
    issues: result.issues.map(
      (issue) => `${issuePath(issue) || "body"}: expected ${issue.expected ?? "a valid value"}`,
    ),
  });
}
