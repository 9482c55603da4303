// createClient's option check, as a table: each row is a field (a dotted path), what it must
// be when present (`!`: also when absent, once its parent is an object) and what the error
// says it expected. A table rather than a valibot schema or code per option: every Worker
// bundle carries it, and this form is the smallest (see apps/bench size). Rows run in order,
// parents first: an InfisicalValidationError names the first bad field.

import { invalid as fail } from "./errors.js";
import { checkHeaders } from "./headers.js";
import { HOOK_NAMES } from "./hooks.js";
import { MAX_RETRIES } from "./retry.js";

type Loose = Record<string, unknown>;
type Test = (value: unknown) => boolean;
type Row = [path: string, test: Test, expected: string];

const MAX_TIMER_MS = 2 ** 31 - 1;
/** The longest `cache.ttl`, in seconds: ten years. */
export const MAX_CACHE_TTL_S = 315_360_000;

const isObject = (value: unknown): value is Loose =>
  !!value && typeof value === "object" && !Array.isArray(value);
const fn: Test = (value) => typeof value === "function";
const str: Test = (value) => typeof value === "string";

/** A number in [min, max] (whole when `whole`); NaN and Infinity fail the bounds. */
const num = (min: number, max: number, whole = false): [Test, string] => [
  (value) =>
    typeof value === "number" &&
    value >= min &&
    value <= max &&
    (!whole || Number.isInteger(value)),
  `a ${whole ? "whole " : ""}number from ${min} to ${max}`,
];
const retryCount = num(0, MAX_RETRIES, true);
const delay = num(0, 3_600_000);
const seconds = num(0, Number.MAX_VALUE);
const ttl = num(0, MAX_CACHE_TTL_S);
const hook: Test = (value) => [value].flat().every(fn);

const ROWS: Row[] = [
  ["siteUrl", str, "a URL string"],
  ["host", str, "a URL string"],
  ["allowInsecureHttp", (value) => typeof value === "boolean", "true or false"],
  ["auth", isObject, "an auth method"],
  ["auth.kind!", str, "a string"],
  ["auth.login!", fn, "a function"],
  ["auth.identity!", fn, "a function"],
  ["cache", (value) => value === false || isObject(value), "cache options or false"],
  // Finite: an Infinity expiry would turn into null in a JSON store and never read back.
  ["cache.ttl", (value) => value === false || ttl[0](value), ttl[1]],
  ["cache.storage", isObject, "a storage"],
  ["cache.storage.getItem!", fn, "a function"],
  ["cache.storage.setItem!", fn, "a function"],
  ["cache.storage.removeItem!", fn, "a function"],
  ["cache.storage.getKeys!", fn, "a function"],
  ["cache.staleIfError", ...seconds],
  ["cache.staleWhileRevalidate", ...seconds],
  ["cache.waitUntil", fn, "a function"],
  ["cache.onStale", fn, "a function"],
  ["fetch", fn, "a function"],
  ["now", fn, "a function"],
  // setTimeout fires at once past 2^31-1 ms, which would time every request out.
  ["timeout", ...num(1, MAX_TIMER_MS, true)],
  [
    "retry",
    (value) => value === false || typeof value === "number" || isObject(value),
    "retry options, a retry count or false",
  ],
  ["retry", (value) => typeof value !== "number" || retryCount[0](value), retryCount[1]],
  ["retry.retries", ...retryCount],
  ["retry.minDelay", ...delay],
  ["retry.maxDelay", ...delay],
  ["retry.maxRetryAfter", ...delay],
  ["retry.maxElapsed", ...delay],
  ["headers", isObject, "an object"],
  ["hooks", isObject, "an object of ofetch hooks"],
  ...HOOK_NAMES.map((name): Row => [`hooks.${name}`, hook, "a function or an array of functions"]),
  // The store checks its own storage and secret when built.
  [
    "tokenStore",
    (value) => isObject(value) && fn(value.open),
    "sealedTokenStore({ storage, secret }) from @infisical-edge/core",
  ],
];

/** Throws InfisicalValidationError on the first bad option; `siteUrl` is checked apart. */
export function checkConfig(config: unknown): void {
  if (!isObject(config)) fail("config", "expected an object");
  for (const [path, test, expected] of ROWS) {
    const keys = path.replace("!", "").split(".");
    let parent: unknown;
    let value: unknown = config;
    for (const key of keys) {
      parent = value;
      value = isObject(value) ? value[key] : undefined;
    }
    const present = value !== undefined || (path.endsWith("!") && isObject(parent));
    if (present && !test(value)) fail(keys.join("."), `expected ${expected}`);
  }
  const { headers, hooks } = config as Loose;
  if (headers) checkHeaders(headers as Record<string, string>, "headers");
  for (const name of Object.keys(hooks ?? {})) {
    if (!(HOOK_NAMES as readonly string[]).includes(name)) {
      fail("hooks", `expected only ${HOOK_NAMES.join(", ")}`);
    }
  }
}
