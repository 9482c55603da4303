// Typed configuration: a `{ KEY: value }` record checked by any Standard Schema (valibot, zod,
// arktype...). Failures become one InfisicalValidationError naming every bad key, whose
// reasons never carry a secret value: schema libraries quote the input in their messages.

import { InfisicalValidationError, type ValidationIssue } from "@infisical-edge/core";
import type { StandardSchemaV1 } from "@standard-schema/spec";

/** Any Standard Schema; its output is what `loadSecrets` answers. */
export type ConfigSchema = StandardSchemaV1;

/** The parsed, typed configuration a schema produces. */
export type ConfigOf<S extends ConfigSchema> = StandardSchemaV1.InferOutput<S>;

const WITHHELD = "does not match the schema (message withheld: it may quote the value)";

/**
 * A message that may quote what the schema received: quote marks around it, or words that
 * introduce it ("received 5432", "got", "was"), for a value the schema may have transformed
 * first (a decoded base64 value, a number), which no comparison with the stored value finds.
 */
const QUOTING = /["'`\u2018\u2019\u201c\u201d\u00ab\u00bb]|\b(?:received|got|was)\b/i;

/** The texts a message may hold a value as: itself, trimmed, cased, JSON- and URL-escaped. */
function spellings(value: string): string[] {
  const out = new Set<string>();
  for (const v of [value, value.trim(), value.toLowerCase(), value.toUpperCase()]) {
    if (!v) continue;
    out.add(v);
    out.add(JSON.stringify(v).slice(1, -1));
    try {
      out.add(encodeURIComponent(v));
    } catch {
      // A lone surrogate cannot be URL-encoded; the other spellings still apply.
    }
  }
  return [...out];
}

/**
 * The schema's message when it cannot hold the value; otherwise a fixed text. A message that
 * may quote what the schema received (QUOTING) is withheld; so is one holding the whole value
 * or any 4 characters of it (a schema may quote a cut value).
 */
function safeReason(message: string, values: readonly string[]): string {
  const text = message.slice(0, 200);
  if (QUOTING.test(text)) return WITHHELD;
  const lower = text.toLowerCase();
  for (const value of values) {
    if (spellings(value).some((s) => text.includes(s))) return WITHHELD;
    const v = value.toLowerCase();
    for (let i = 0; i + 4 <= lower.length; i++) {
      if (v.includes(lower.slice(i, i + 4))) return WITHHELD;
    }
  }
  return text || "does not match the schema";
}

const keyOf = (issue: StandardSchemaV1.Issue): string | undefined => {
  const first = issue.path?.[0];
  const key = typeof first === "object" && first !== null ? first.key : first;
  return key === undefined ? undefined : String(key);
};

/** Refuses, before any request, a `schema` that is not a Standard Schema. */
export function assertSchema(schema: unknown): asserts schema is ConfigSchema | undefined {
  if (schema === undefined) return;
  const standard = (schema as Partial<ConfigSchema> | null)?.["~standard"];
  if (standard?.version !== 1 || typeof standard.validate !== "function") {
    throw new InfisicalValidationError([
      { field: "schema", reason: "expected a Standard Schema v1 (valibot, zod, arktype...)" },
    ]);
  }
}

/** Runs `schema` over the record; answers its output or throws one error for every issue. */
export async function parseConfig<S extends ConfigSchema>(
  schema: S,
  record: Record<string, string>,
): Promise<ConfigOf<S>> {
  const result = await schema["~standard"].validate(record);
  if (!result.issues) return result.value as ConfigOf<S>;
  // A key's issue may quote its value; an issue about the whole record, any value.
  const all = Object.values(record);
  const issues: ValidationIssue[] = [];
  for (const issue of result.issues) {
    const key = keyOf(issue);
    const present = key !== undefined && Object.hasOwn(record, key);
    const reason =
      key !== undefined && !present
        ? "missing"
        : safeReason(String(issue.message ?? ""), present ? [record[key] as string] : all);
    issues.push({ field: key ?? "secrets", reason });
  }
  const summary = issues.map((i) => `${i.field} (${i.reason})`).join(", ");
  throw new InfisicalValidationError(issues, `Invalid secrets: ${summary}`);
}
