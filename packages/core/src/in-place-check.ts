// Checks a parsed JSON body against a valibot schema without building a copy of it.
// valibot's parse returns a new object for every object it checks; for a list of 10,000
// secrets that doubles the time and the memory the result holds. When a schema's output is
// its input (loose objects, arrays, primitives, optional/nullish without defaults; no pipes,
// transforms or unions), this check answers the same question in place. Any other schema
// gets no checker, and a body the checker refuses goes through valibot, which names the
// issues: the checker may be stricter than the schema, never looser.

import type * as v from "valibot";
import type { TransportResponse } from "./transport.js";
import { parseResponse } from "./validate.js";

export type InPlaceCheck = (value: unknown) => boolean;

interface SchemaShape {
  type: string;
  async?: boolean;
  pipe?: unknown;
  wrapped?: SchemaShape;
  default?: unknown;
  item?: SchemaShape;
  entries?: Record<string, SchemaShape>;
}

const compiled = new WeakMap<object, InPlaceCheck | null>();

/** The in-place checker for `schema`, or null when its output may differ from its input. */
export function inPlaceCheck(schema: v.GenericSchema): InPlaceCheck | null {
  let check = compiled.get(schema);
  if (check === undefined) {
    check = compile(schema as unknown as SchemaShape);
    compiled.set(schema, check);
  }
  return check;
}

function compile(s: SchemaShape): InPlaceCheck | null {
  if (s.pipe !== undefined || s.async) return null;
  const type = s.type;
  // What an optional/nullish/nullable wraps, or an array's items (a default changes the output).
  const inner = s.default === undefined && (s.wrapped ?? s.item);
  const check = inner ? compile(inner) : null;
  switch (type) {
    case "string":
    case "number":
    case "boolean":
      // valibot's number refuses NaN (Number.isNaN is false for every non-number).
      return (x) => typeof x === type && !Number.isNaN(x);
    case "optional":
    case "nullish":
    case "nullable":
      return (
        check &&
        ((x) =>
          (x === undefined && type !== "nullable") ||
          (x === null && type !== "optional") ||
          check(x))
      );
    case "array":
      return (
        check &&
        ((x) => {
          if (!Array.isArray(x)) return false;
          for (let i = 0; i < x.length; i++) if (!check(x[i])) return false;
          return true;
        })
      );
    case "loose_object": {
      const checks: [string, InPlaceCheck][] = [];
      for (const [key, entry] of Object.entries(s.entries ?? {})) {
        const entryCheck = compile(entry);
        if (!entryCheck) return null;
        checks.push([key, entryCheck]);
      }
      return (x) => {
        if (!x || typeof x !== "object" || Array.isArray(x)) return false;
        const o = x as Record<string, unknown>;
        // Read like valibot reads a key (`in`, so through the prototype too).
        for (const [key, check] of checks) if (!check(o[key])) return false;
        return true;
      };
    }
    default:
      return null;
  }
}

/**
 * parseResponse for large bodies: answers the parsed body itself when the in-place check
 * accepts it, else runs the schema (which names the issues of a malformed body).
 */
export function parseResponseInPlace<S extends v.GenericSchema>(
  schema: S,
  response: TransportResponse,
  method: string,
  path: string,
): v.InferOutput<S> {
  if (inPlaceCheck(schema)?.(response.data)) return response.data as v.InferOutput<S>;
  return parseResponse(schema, response, method, path);
}
