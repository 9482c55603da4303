// Free-form objects the SDK sends as JSON (provider inputs, lease settings): checked to be JSON
// data before any request, so a bigint, a function or a cycle is a validation error naming the
// field, not a failure to serialise the body that reads like a network error.

import * as v from "valibot";

const MAX_DEPTH = 32;

/** Whether `value` is JSON data: strings, finite numbers, booleans, null, arrays, plain objects. */
function isJsonData(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value !== "object" || depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isJsonData(item, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  // An absent value (undefined) is left out of the body, as JSON.stringify does.
  return Object.values(value).every((item) => item === undefined || isJsonData(item, depth + 1));
}

/** An object of JSON values (a cycle fails the depth limit); `what` names it in the error. */
export const jsonRecord = (what: string) =>
  v.pipe(
    v.record(v.string(), v.unknown(), what),
    v.check((record) => isJsonData(record), `${what} holding JSON values only`),
  );
