// createClient's option check. Written out rather than as a valibot schema: every Worker
// bundle carries it, and this form is about 0.3 KB gzipped smaller (see apps/bench size).
// Same rules, same field names: an InfisicalValidationError naming the first bad field.

import { InfisicalValidationError } from "./errors.js";
import { checkHeaders } from "./headers.js";
import { HOOK_NAMES } from "./hooks.js";
import { MAX_RETRIES } from "./retry.js";

type Loose = Record<string, unknown>;

const MAX_TIMER_MS = 2_147_483_647;
const MAX_TTL_SECONDS = 10 * 365 * 24 * 3600;
const STORAGE = ["getItem", "setItem", "removeItem", "getKeys"];

const fail = (field: string, reason: string): never => {
  throw new InfisicalValidationError([{ field, reason }]);
};

const isObject = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function object(value: unknown, field: string, what: string): Loose {
  return isObject(value) ? value : fail(field, `expected ${what}`);
}

function fn(value: unknown, field: string): void {
  if (value !== undefined && typeof value !== "function") fail(field, "expected a function");
}

/** Methods that must be functions (absent ones included). */
function methods(value: Loose, field: string, names: string[]): void {
  for (const name of names) {
    if (typeof value[name] !== "function") fail(`${field}.${name}`, "expected a function");
  }
}

/** A finite number in [min, max] (whole when `whole`), when present. */
function number(value: unknown, field: string, min: number, max: number, whole = false): void {
  if (value === undefined) return;
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!whole || Number.isInteger(value));
  if (!ok) fail(field, `expected a ${whole ? "whole " : ""}number from ${min} to ${max}`);
}

function checkRetry(retry: unknown): void {
  if (retry === undefined || retry === false) return;
  if (typeof retry === "number") {
    number(retry, "retry", 0, MAX_RETRIES, true);
    return;
  }
  const r = object(retry, "retry", "retry options, a retry count or false");
  number(r.retries, "retry.retries", 0, MAX_RETRIES, true);
  for (const key of ["minDelay", "maxDelay", "maxRetryAfter", "maxElapsed"]) {
    number(r[key], `retry.${key}`, 0, 3_600_000);
  }
}

function checkCache(cache: unknown): void {
  if (cache === undefined || cache === false) return;
  const c = object(cache, "cache", "cache options or false");
  // Finite: an Infinity expiry would turn into null in a JSON store and never read back.
  if (c.ttl !== false) number(c.ttl, "cache.ttl", 0, MAX_TTL_SECONDS);
  if (c.storage !== undefined)
    methods(object(c.storage, "cache.storage", "a storage"), "cache.storage", STORAGE);
  number(c.staleIfError, "cache.staleIfError", 0, Number.MAX_VALUE);
  number(c.staleWhileRevalidate, "cache.staleWhileRevalidate", 0, Number.MAX_VALUE);
  fn(c.waitUntil, "cache.waitUntil");
  fn(c.onStale, "cache.onStale");
}

function checkHooks(hooks: unknown): void {
  if (hooks === undefined) return;
  const h = object(hooks, "hooks", "an object of ofetch hooks");
  for (const name of Object.keys(h)) {
    if (!(HOOK_NAMES as readonly string[]).includes(name)) {
      fail("hooks", `expected only ${HOOK_NAMES.join(", ")}`);
    }
    const list = Array.isArray(h[name]) ? (h[name] as unknown[]) : [h[name]];
    if (h[name] !== undefined && !list.every((hook) => typeof hook === "function")) {
      fail(`hooks.${name}`, "expected a function or an array of functions");
    }
  }
}

/** Throws InfisicalValidationError on the first bad option; `siteUrl` is checked apart. */
export function checkConfig(config: unknown): void {
  const c = object(config, "config", "an object");
  for (const key of ["siteUrl", "host"]) {
    if (c[key] !== undefined && typeof c[key] !== "string") fail(key, "expected a URL string");
  }
  if (c.allowInsecureHttp !== undefined && typeof c.allowInsecureHttp !== "boolean") {
    fail("allowInsecureHttp", "expected true or false");
  }
  if (c.auth !== undefined) {
    const auth = object(c.auth, "auth", "an auth method");
    if (typeof auth.kind !== "string") fail("auth.kind", "expected a string");
    methods(auth, "auth", ["login", "identity"]);
  }
  checkCache(c.cache);
  fn(c.fetch, "fetch");
  fn(c.now, "now");
  // setTimeout fires at once past 2^31-1 ms, which would time every request out.
  number(c.timeout, "timeout", 1, MAX_TIMER_MS, true);
  checkRetry(c.retry);
  if (c.headers !== undefined)
    checkHeaders(object(c.headers, "headers", "an object") as Record<string, string>, "headers");
  checkHooks(c.hooks);
  if (c.tokenStore !== undefined) {
    const store = object(c.tokenStore, "tokenStore", "sealedTokenStore({ storage, secret })");
    if (typeof store.open !== "function") {
      fail(
        "tokenStore",
        "expected sealedTokenStore({ storage, secret }) from @infisical-edge/core",
      );
    }
    methods(
      object(store.storage, "tokenStore.storage", "a storage"),
      "tokenStore.storage",
      STORAGE,
    );
    if (typeof store.secret !== "string" || !store.secret) {
      fail("tokenStore.secret", "expected a non-empty string");
    }
  }
}
