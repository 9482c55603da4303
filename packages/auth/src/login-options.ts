// Option schemas and helpers shared by the identity-id based logins (every method but
// universal and token auth). Messages are phrased as expectations, never quoting a value.

import { InfisicalError, InfisicalValidationError } from "@infisical-edge/core";
import { parseOptions, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";

/** A machine identity id (a UUID on Infisical Cloud; any id-like token is accepted). */
export const IdentityId = v.pipe(
  v.string("an identity id string"),
  v.regex(/^[A-Za-z0-9_-]{1,128}$/, "an identity id"),
);

export { OrganizationSlug } from "./organization-slug.js";

/** A token, or a function returning a fresh one at each login (rotating tokens). */
export type TokenSource = string | (() => string | Promise<string>);

export const TokenSourceSchema = v.union(
  [schemas.NonEmpty, v.custom<() => string>((value) => typeof value === "function")],
  "a non-empty string or a function returning one",
);

/** A metadata service's base URL: http(s) only (`v.url` alone also takes `file:` or `data:`). */
export const MetadataUrl = v.pipe(
  v.string("a URL string"),
  v.url("an absolute http(s) URL"),
  v.check((url) => /^https?:\/\//i.test(url), "an absolute http(s) URL"),
);

export const FetchSchema = v.optional(
  v.custom<typeof fetch>((value) => typeof value === "function", "a fetch function"),
);

const Jwt = v.pipe(
  v.string("a string"),
  v.regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/, "a JWT (header.payload.signature)"),
);

/** Reads a token source and checks what it produced, before any request. */
export async function resolveToken(
  source: TokenSource,
  field: string,
  shape: "jwt" | "token" = "jwt",
): Promise<string> {
  let value: unknown;
  try {
    value = typeof source === "function" ? await source() : source;
  } catch (error) {
    // The SDK's own sources (metadata services, token files) already throw safe errors.
    if (error instanceof InfisicalError) throw error;
    // A user's function may quote the token it failed to parse: keep only the error's kind.
    const kind = error instanceof Error ? error.name : "error";
    throw new InfisicalValidationError([
      { field, reason: `the ${field} function failed (${kind})` },
    ]);
  }
  const schema = shape === "jwt" ? Jwt : schemas.NonEmpty;
  return parseOptions(schema, typeof value === "string" ? value.trim() : value, field);
}

/** The login body: identityId, the method's fields, and organizationSlug when set. */
export function loginBody(
  identityId: string,
  organizationSlug: string | undefined,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const body: Record<string, unknown> = { identityId, ...fields };
  if (organizationSlug) body.organizationSlug = organizationSlug;
  return body;
}
