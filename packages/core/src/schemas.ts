// Input schemas shared by the area packages. Each rule names what it expects, so a
// failure reads "Invalid secretPath: expected ..." before any request is sent.

import * as v from "valibot";
import { invalid } from "./errors.js";

// Plain `v.check`s with messages rather than regex/minLength/trim/rawCheck actions: the same
// rules and messages, and fewer distinct valibot actions in every Worker bundle.

/** A string that `re` accepts; `message` says what is expected. */
const matching = (re: RegExp, message: string) => v.check((s: string) => re.test(s), message);
const nonEmpty = (message: string) => v.check((s: string) => s !== "", message);

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A non-empty string without control characters. */
export const NonEmpty = v.pipe(
  v.string("a string"),
  nonEmpty("a non-empty string"),
  // No C0 or C1 control character (tab and newline included).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  matching(/^[^\0-\x1f\x7f-\x9f]*$/, "a string without control characters"),
);

/** An environment slug such as `dev` or `prod-eu`. */
export const EnvironmentSlug = v.pipe(
  v.string("an environment slug string"),
  matching(ID, "an environment slug (letters, digits, - and _)"),
);

/** A project id (UUID on Infisical Cloud; any id-like token is accepted). */
export const ProjectId = v.pipe(v.string("a project id string"), matching(ID, "a project id"));

export const ProjectSlug = v.pipe(
  v.string("a project slug string"),
  matching(ID, "a project slug"),
);

/** A folder path: `/` or `/a/b`; no `..`, empty segments or control characters. */
export const SecretPath = v.pipe(
  v.string("a path string"),
  v.transform((p) => (p.length > 1 ? p.replace(/\/+$/, "") : p)),
  matching(/^\/([A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*)?$/, "a path like / or /app/api"),
  v.check(
    (p) => !p.split("/").some((seg) => seg === "." || seg === ".."),
    "a path without . or ..",
  ),
);

/**
 * A secret name, by the server's rule (its SecretNameSchema): trimmed, non-empty, no `:` and
 * no `/` (422 otherwise); inner spaces are fine. `.` and `..` are refused too: as a URL path
 * segment they would be normalised away and the request would reach another route.
 */
export const SecretName = v.pipe(
  v.string("a secret name string"),
  v.transform((s) => s.trim()),
  nonEmpty("a non-empty secret name"),
  matching(/^[^:/]*$/, "a secret name without : or /"),
  v.check((s) => s !== "." && s !== "..", "a secret name other than . or .."),
);

/**
 * `projectId` or `projectSlug`: exactly one. Called on options whose schema already checked
 * each of the two; throws InfisicalValidationError naming the field.
 */
export function checkProjectSelector(ref: { projectId?: unknown; projectSlug?: unknown }): void {
  const hasId = ref.projectId !== undefined;
  if (hasId === (ref.projectSlug !== undefined)) {
    if (hasId) invalid("projectSlug", "give projectId or projectSlug, not both");
    invalid("projectId", "exactly one of projectId or projectSlug is required");
  }
}

/**
 * An id that goes into a URL path (a tag, lease, folder...): letters, digits, `-` and `_`, so
 * never `.` or `..`, which the URL would resolve to another route.
 */
export const pathId = (what: string, max = 128) =>
  v.pipe(
    v.string(`a ${what} string`),
    v.check(
      (s: string) => s.length <= max && /^[\w-]+$/.test(s),
      `a ${what} (letters, digits, - and _)`,
    ),
  );

export const Bool = v.boolean("a boolean");
export const Signal = v.optional(
  v.custom<AbortSignal>(
    (s) =>
      !!s &&
      typeof s === "object" &&
      typeof (s as AbortSignal).aborted === "boolean" &&
      typeof (s as AbortSignal).addEventListener === "function" &&
      typeof (s as AbortSignal).removeEventListener === "function",
    "an AbortSignal",
  ),
);
