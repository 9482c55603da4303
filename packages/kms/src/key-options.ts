// Option rules of the key-management functions.

import * as v from "valibot";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A key name as the server wants it: a slug of 1 to 32 characters. */
export const KeyName = v.pipe(
  v.string("a key name string"),
  v.regex(SLUG, "a key name slug (lowercase letters, digits and single hyphens)"),
  v.maxLength(32, "a key name of at most 32 characters"),
);

/** Lookups by name accept the route's longer limit. */
export const KeyNameLookup = v.pipe(
  v.string("a key name string"),
  v.regex(SLUG, "a key name slug (lowercase letters, digits and single hyphens)"),
  v.maxLength(64, "a key name of at most 64 characters"),
);

export const Description = v.pipe(
  v.string("a string"),
  v.maxLength(500, "a description of at most 500 characters"),
);

export const KeyUsage = v.picklist(
  ["encrypt-decrypt", "sign-verify"],
  "encrypt-decrypt or sign-verify",
);

/** Known values are checked against the usage; unknown ones are left to the server. */
export const KeyAlgorithm = v.pipe(
  v.string("an algorithm name string"),
  v.regex(/^[A-Za-z0-9_-]{1,64}$/, "an algorithm name such as aes-256-gcm or RSA_4096"),
);

export const SYMMETRIC_ALGORITHMS = ["aes-256-gcm", "aes-128-gcm"] as const;
export const ASYMMETRIC_ALGORITHMS = ["RSA_4096", "ECC_NIST_P256"] as const;
