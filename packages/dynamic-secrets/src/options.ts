// Option schemas shared by the dynamic-secret and lease functions. These routes address the
// project by slug (`projectSlug`), the environment by `environmentSlug` and the folder by
// `path`, as the API does.

import { InfisicalValidationError } from "@infisical-edge/core";
import { schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { type Duration, DurationSchema, durationSeconds } from "./duration.js";

export const DYNAMIC_SECRETS_BASE = "/api/v1/dynamic-secrets";
export const LEASES_BASE = `${DYNAMIC_SECRETS_BASE}/leases`;

export const LocationEntries = {
  projectSlug: schemas.ProjectSlug,
  environmentSlug: schemas.EnvironmentSlug,
  path: v.optional(schemas.SecretPath, "/"),
  signal: schemas.Signal,
};

/** Where a dynamic secret lives: a project (by slug), an environment and a folder. */
export interface LocationOptions {
  /** The project's slug (these routes take slugs, not ids). */
  projectSlug: string;
  /** Environment slug, e.g. `dev`. */
  environmentSlug: string;
  /** Folder of the dynamic secret. Default `/`. */
  path?: string;
  /** Aborts the call (its login and retries included). */
  signal?: AbortSignal;
}

/** The location as the body or query string carries it. */
export const locationOf = (o: { projectSlug: string; environmentSlug: string; path: string }) => ({
  projectSlug: o.projectSlug,
  environmentSlug: o.environmentSlug,
  path: o.path,
});

export const DynamicSecretName = v.pipe(
  v.string("a dynamic secret name string"),
  v.regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "a dynamic secret name of lowercase letters, digits and single hyphens",
  ),
  v.maxLength(64, "a dynamic secret name of at most 64 characters"),
);

export const LeaseId = schemas.pathId("lease id");

export const MetadataInput = v.array(
  v.object({ key: schemas.NonEmpty, value: v.string("a string") }),
  "an array of { key, value }",
);

/** Handlebars variables the server allows in a username template. */
const TEMPLATE_VARIABLES = new Set(["randomUsername", "unixTimestamp", "identity.name"]);

export const UsernameTemplate = v.pipe(
  v.string("a username template string"),
  v.maxLength(255, "a username template of at most 255 characters"),
  v.check(
    (t) => /^[A-Za-z0-9_\-{}[\]. '|]*$/.test(t),
    "a username template of letters, digits, spaces and _-{}[].'|",
  ),
  v.check(
    (t) =>
      [...t.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].every((m) => TEMPLATE_VARIABLES.has(m[1] ?? "")),
    "a username template using only {{randomUsername}}, {{unixTimestamp}} and {{identity.name}}",
  ),
);

export const Ttl = DurationSchema;

/** `defaultTTL` (alias `ttl`) and `maxTTL` (alias `maxTtl`, null clears it on update). */
export const TtlEntries = {
  defaultTTL: v.optional(Ttl),
  ttl: v.optional(Ttl),
  maxTTL: v.nullish(Ttl),
  maxTtl: v.nullish(Ttl),
};

/**
 * The lifetimes of a dynamic secret's leases, as seconds or `ms` strings (`"1h"`, `"7d"`),
 * each from 1 minute to 10 years.
 */
export interface TtlOptions {
  /** How long a lease lasts unless it asks otherwise. Alias: `ttl`. */
  defaultTTL?: Duration;
  /** Alias of `defaultTTL`. */
  ttl?: Duration;
  /** The longest a lease may last, renewals included. Alias: `maxTtl`. */
  maxTTL?: Duration | null;
  /** Alias of `maxTTL`. */
  maxTtl?: Duration | null;
}

const fail = (field: string, reason: string): never => {
  throw new InfisicalValidationError([{ field, reason }]);
};

/** The maximum TTL under either of its names (`maxTTL`, `maxTtl`), refusing both at once. */
export function maxTtlOf<T>(o: { maxTTL?: T; maxTtl?: T }): T | undefined {
  if (o.maxTTL !== undefined && o.maxTtl !== undefined) {
    fail("maxTtl", "give maxTTL or maxTtl, not both");
  }
  return o.maxTTL !== undefined ? o.maxTTL : o.maxTtl;
}

/** Resolves the aliases and checks that the default TTL is within the maximum. */
export function resolveTtls(
  o: {
    defaultTTL?: string | undefined;
    ttl?: string | undefined;
    maxTTL?: string | null | undefined;
    maxTtl?: string | null | undefined;
  },
  required = false,
): { defaultTTL: string | undefined; maxTTL: string | null | undefined } {
  if (o.defaultTTL !== undefined && o.ttl !== undefined) {
    fail("ttl", "give defaultTTL or ttl, not both");
  }
  const maxTTL = maxTtlOf(o);
  const field = o.ttl !== undefined ? "ttl" : "defaultTTL";
  const defaultTTL = o.defaultTTL ?? o.ttl;
  if (required && defaultTTL === undefined) {
    fail("defaultTTL", "expected a duration such as 1h (defaultTTL or ttl)");
  }
  checkWithin(field, defaultTTL, maxTTL);
  return { defaultTTL, maxTTL };
}

/** A TTL above the maximum is refused before any request. */
export function checkWithin(
  field: string,
  ttl: string | undefined,
  max: string | null | undefined,
): void {
  if (ttl === undefined || !max) return;
  if ((durationSeconds(ttl) ?? 0) > (durationSeconds(max) ?? Infinity)) {
    fail(field, "expected a TTL no longer than the maximum TTL");
  }
}

/** Every string in a provider's inputs: root credentials, scrubbed from any error message. */
export function sensitiveStrings(inputs: unknown, out: string[] = []): string[] {
  if (typeof inputs === "string") out.push(inputs);
  else if (Array.isArray(inputs)) for (const item of inputs) sensitiveStrings(item, out);
  else if (inputs && typeof inputs === "object") {
    for (const value of Object.values(inputs)) sensitiveStrings(value, out);
  }
  return out;
}
