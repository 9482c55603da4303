// valibot at the edges: options are checked before any request, responses on arrival.

import * as v from "valibot";
import {
  InfisicalResponseError,
  InfisicalValidationError,
  type ValidationIssue,
} from "./errors.js";
import type { TransportResponse } from "./transport.js";

/** `a.b.0`, or undefined at the top level (join writes the keys as strings). */
function issuePath(issue: v.BaseIssue<unknown>): string | undefined {
  return issue.path?.map((item) => item.key).join(".");
}

// Our schemas carry custom messages phrased as expectations ("a non-empty string").
// valibot's default messages ("Invalid type: Expected ... but received ...") can quote the
// received value, which may be a secret, so only their expectation is kept.
function describeIssue(issue: v.BaseIssue<unknown>): string {
  // A required key that is absent: valibot reports it at the key, "expecting" the key's name.
  if (issue.input === undefined && issue.path?.at(-1)?.origin === "key")
    return "required, but missing";
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

/** Validates a 2xx body; throws InfisicalResponseError listing where it differs. */
export function parseResponse<S extends v.GenericSchema>(
  schema: S,
  response: TransportResponse,
  method: string,
  path: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, response.data);
  if (result.success) return result.output;
  throw new InfisicalResponseError({
    status: response.status,
    method,
    path,
    issues: result.issues.map((issue) => `${issuePath(issue) || "body"}: ${describeIssue(issue)}`),
  });
}
