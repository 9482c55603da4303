import { validationFailure } from "./errors.js";

// A tiny stand-in for the server's zod schemas: it reads fields, applies defaults and collects
// issues shaped like zod's, so a bad request gets the same 422 `message` array.

export type IssuePath = (string | number)[];
export type Issue = Record<string, unknown>;

/** zod's name for the type of a received value. */
export function receivedType(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isNaN(value) ? "nan" : "number";
  return typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export class Checker {
  private constructor(
    private readonly source: Record<string, unknown>,
    private readonly base: IssuePath,
    readonly issues: Issue[],
  ) {}

  /** Checks a whole request body: it must be a JSON object. */
  static body(body: unknown): Checker {
    if (!isRecord(body)) throw validationFailure([typeIssue([], "object", body)]);
    return new Checker(body, [], []);
  }

  /** Query strings are already a flat record of strings. */
  static query(query: Record<string, string>): Checker {
    return new Checker(query, [], []);
  }

  /** Throws the 422 when any issue was collected. */
  finish(): void {
    if (this.issues.length > 0) throw validationFailure(this.issues);
  }

  has(key: string): boolean {
    return this.source[key] !== undefined;
  }

  raw(key: string): unknown {
    return this.source[key];
  }

  string(key: string): string {
    const value = this.source[key];
    if (typeof value === "string") return value;
    this.issue(typeIssue([...this.base, key], "string", value));
    return "";
  }

  optionalString(key: string): string | undefined {
    const value = this.source[key];
    if (value === undefined) return undefined;
    return this.string(key);
  }

  nullableString(key: string): string | null | undefined {
    if (this.source[key] === null) return null;
    return this.optionalString(key);
  }

  optionalBoolean(key: string): boolean | undefined {
    const value = this.source[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "boolean") return value;
    this.issue(typeIssue([...this.base, key], "boolean", value));
    return undefined;
  }

  nullableNumber(key: string): number | null | undefined {
    const value = this.source[key];
    if (value === undefined || value === null) return value;
    if (typeof value === "number" && Number.isFinite(value)) return value;
    this.issue(typeIssue([...this.base, key], "number", value));
    return undefined;
  }

  optionalStringArray(key: string): string[] | undefined {
    const value = this.source[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.issue(typeIssue([...this.base, key], "array", value));
      return undefined;
    }
    value.forEach((item, index) => {
      if (typeof item !== "string")
        this.issue(typeIssue([...this.base, key, index], "string", item));
    });
    return value.filter((item): item is string => typeof item === "string");
  }

  optionalStringRecord(key: string): Record<string, string> | undefined {
    const value = this.source[key];
    if (value === undefined) return undefined;
    if (!isRecord(value)) {
      this.issue(typeIssue([...this.base, key], "object", value));
      return undefined;
    }
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === "string") out[k] = v;
      else this.issue(typeIssue([...this.base, key, k], "string", v));
    }
    return out;
  }

  enumOf<T extends string>(key: string, options: readonly T[], fallback: T): T {
    const value = this.source[key];
    if (value === undefined) return fallback;
    if (typeof value === "string" && (options as readonly string[]).includes(value)) {
      return value as T;
    }
    this.issue({
      received: value,
      code: "invalid_enum_value",
      options: [...options],
      path: [...this.base, key],
      message: `Invalid enum value. Expected ${options.map((o) => `'${o}'`).join(" | ")}, received '${String(value)}'`,
    });
    return fallback;
  }

  /** Query booleans are the literal strings "true"/"false" (a zod enum on the server). */
  queryBoolean(key: string, fallback: boolean): boolean {
    const fallbackText = fallback ? "true" : "false";
    return this.enumOf(key, ["true", "false"] as const, fallbackText) === "true";
  }

  /** `z.coerce.number()` on a query value. */
  optionalQueryNumber(key: string): number | undefined {
    const value = this.source[key];
    if (value === undefined) return undefined;
    const number = Number(value);
    if (Number.isNaN(number)) {
      this.issue(typeIssue([...this.base, key], "number", Number.NaN));
      return undefined;
    }
    return number;
  }

  /** A nested object (or each item of an array of objects) checked with its own Checker. */
  object(key: string): Checker | undefined {
    const value = this.source[key];
    if (!isRecord(value)) {
      this.issue(typeIssue([...this.base, key], "object", value));
      return undefined;
    }
    return new Checker(value, [...this.base, key], this.issues);
  }

  objectArray(key: string, minimum: number): Checker[] {
    const value = this.source[key];
    if (!Array.isArray(value)) {
      this.issue(typeIssue([...this.base, key], "array", value));
      return [];
    }
    if (value.length < minimum) {
      this.issue({
        code: "too_small",
        minimum,
        type: "array",
        inclusive: true,
        exact: false,
        message: `Array must contain at least ${minimum} element(s)`,
        path: [...this.base, key],
      });
    }
    const items: Checker[] = [];
    value.forEach((item, index) => {
      if (isRecord(item)) items.push(new Checker(item, [...this.base, key, index], this.issues));
      else this.issue(typeIssue([...this.base, key, index], "object", item));
    });
    return items;
  }

  /** A refinement failure on one field. */
  custom(key: string, message: string): void {
    this.issue({ code: "custom", message, path: [...this.base, key] });
  }

  private issue(issue: Issue): void {
    this.issues.push(issue);
  }
}

function typeIssue(path: IssuePath, expected: string, value: unknown): Issue {
  const received = receivedType(value);
  return {
    code: "invalid_type",
    expected,
    received,
    path,
    message: received === "undefined" ? "Required" : `Expected ${expected}, received ${received}`,
  };
}
