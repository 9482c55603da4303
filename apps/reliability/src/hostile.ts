// fast-check arbitraries for hostile input: arbitrary and unicode strings, control
// characters, huge values, prototype keys, path traversal, wrong types. Mixed with valid
// values so that many cases get past validation and reach the emulator.

import fc from "fast-check";

/**
 * Cases per input-taking function. 2,000 in the test run (20 times fast-check's default: every
 * hostile family, constant and field is drawn many times per function);
 * `PROPERTY_RUNS=10000` for a long run (`pnpm test:properties`), 500 for a quick one.
 */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 2_000);

const HUGE = "x".repeat(200_000);
const HUGE_UNICODE = "🔑é\u200b".repeat(30_000);

export const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

export const TRAVERSAL = [
  "../",
  "..",
  ".",
  "/..",
  "/../",
  "/../../etc/passwd",
  "/app/../..",
  "/app/..",
  "//",
  "//app",
  "/app//x",
  "%2e%2e",
  "/%2e%2e/",
  "/%2E%2E%2F",
  "%2f..%2f",
  "/app/%2e%2e/prod",
  "..%2f..%2f",
  "..\\..\\",
  "/.\\./",
  "/app/./x",
  "/app/.../x",
  "/app?x=1",
  "/app#frag",
  "/app%00",
  "/\u0000",
  "/app/\n",
  " /app",
  "/ａｐｐ",
  "/\u202e",
];

const CONTROL = fc
  .integer({ min: 0, max: 0x9f })
  .filter((c) => c < 0x20 || c >= 0x7f)
  .map((c) => String.fromCharCode(c));

/** Any string a caller could pass, hostile ones well represented. */
export const anyString = fc.oneof(
  { weight: 4, arbitrary: fc.string() },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 8 }), CONTROL, fc.string({ maxLength: 8 }))
      .map((p) => p.join("")),
  },
  { weight: 2, arbitrary: fc.constantFrom(...TRAVERSAL, ...PROTO_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(HUGE, HUGE_UNICODE, "", " ", "\t", "a".repeat(257)) },
);

/** Anything at all in place of a value: strings, numbers, objects, arrays, functions. */
export const anyValue = fc.oneof(
  { weight: 4, arbitrary: anyString },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      undefined,
      null,
      true,
      false,
      0,
      -1,
      1.5,
      Number.NaN,
      Infinity,
      2 ** 53,
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom({}, [], [1], { toString: () => "x" }, () => "fn", Symbol("s")),
  },
  { weight: 1, arbitrary: fc.bigInt().map((b) => b) },
  { weight: 1, arbitrary: fc.object({ maxDepth: 2 }) },
);

/** A valid value most of the time, anything at all otherwise. */
export const mostly = <T>(valid: fc.Arbitrary<T>, weight = 3) =>
  fc.oneof({ weight, arbitrary: valid }, { weight: 2, arbitrary: anyValue });

/** Valid but awkward secret names: the server must get them intact, in one path segment. */
export const validSecretName = fc.oneof(
  fc.constantFrom(
    "DB_URL",
    "API_KEY",
    "MISSING_ONE",
    "__proto__",
    "constructor",
    "prototype",
    "a.b",
    "...",
    "%2e%2e",
    "%2F",
    "name?x=1#y",
    "ÜNÏCÖDÉ_🔑",
    "n".repeat(256),
    // The server's rule allows these (no : or /, inner spaces fine, no length cap).
    "a b",
    "a\\b",
    "n".repeat(257),
  ),
  fc.stringMatching(/^[A-Z][A-Z0-9_]{0,20}$/),
);

export const badSecretName = fc.oneof(
  fc.constantFrom("", ".", "..", "a/b", "a:b", "   ", "../DB_URL"),
  anyValue,
);

export const validSecretPath = fc.constantFrom(
  "/",
  "/app",
  "/app/",
  "/missing",
  "/a.b",
  "/...",
  "/a-b_c/d",
);

export const badSecretPath = fc.oneof(
  fc.constantFrom(...TRAVERSAL),
  fc
    .array(
      fc.oneof(fc.constantFrom("..", ".", "", "app", "%2e%2e", "a b"), fc.string({ maxLength: 6 })),
      {
        maxLength: 5,
      },
    )
    .map((s) => `/${s.join("/")}`),
  anyValue,
);

export const validEnvironment = fc.constantFrom(
  "dev",
  "prod",
  "missing-env",
  "__proto__",
  "constructor",
);

export interface Field {
  valid: fc.Arbitrary<unknown>;
  /** Default: anything at all. */
  bad?: fc.Arbitrary<unknown>;
  required?: boolean;
}

/**
 * Options objects in three flavours: all valid (with awkward valid values), valid but for
 * one hostile field, and hostile throughout. Some also carry `__proto__`/`constructor` keys.
 */
export function inputs(fields: Record<string, Field>): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(fields);
  const required = names.filter((n) => fields[n]?.required);
  const valid = fc.record(Object.fromEntries(names.map((n) => [n, (fields[n] as Field).valid])), {
    requiredKeys: required,
  }) as fc.Arbitrary<Record<string, unknown>>;
  const oneBad = fc.tuple(valid, fc.constantFrom(...names), fc.boolean()).chain(([o, name, drop]) =>
    ((fields[name] as Field).bad ?? anyValue).map((bad) => {
      const copy = { ...o };
      if (drop) delete copy[name];
      else copy[name] = bad;
      return copy;
    }),
  );
  const allBad = fc.record(
    Object.fromEntries(
      names.map((n) => [
        n,
        fc.oneof((fields[n] as Field).valid, (fields[n] as Field).bad ?? anyValue),
      ]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, unknown>>;
  return withProtoKeys(
    fc.oneof(
      { weight: 5, arbitrary: valid },
      { weight: 4, arbitrary: oneBad },
      { weight: 1, arbitrary: allBad },
    ),
  );
}

/** Adds an own `__proto__` / `constructor` key (as JSON.parse would) to some objects. */
export function withProtoKeys<T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc
    .tuple(arb, fc.subarray(["__proto__", "constructor", "prototype"]), anyValue)
    .map(([o, keys, value]) => {
      const copy: any = { ...o };
      for (const key of keys) {
        Object.defineProperty(copy, key, {
          value: value ?? { polluted: "yes" },
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      return copy as T;
    });
}

/** Object.prototype and friends are untouched. */
export function assertNoPollution(): void {
  const probe: any = {};
  for (const key of ["polluted", "x", "isAdmin"]) {
    if (probe[key] !== undefined) throw new Error(`Object.prototype polluted with ${key}`);
  }
  if (Object.getOwnPropertyNames(Object.prototype).length !== PROTO_NAMES) {
    throw new Error("Object.prototype gained properties");
  }
}
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).length;
