// Scrubs known sensitive strings out of text that came from the network (server messages,
// non-JSON error pages) before it lands in an error. Bodies are also truncated.

const MAX_TEXT = 300;
const MIN_SECRET_LENGTH = 4;

/** Replaces every occurrence of each sensitive value with `[redacted]` and truncates. */
export function redact(text: string, sensitive: readonly string[]): string {
  let out = text;
  for (const value of sensitive) {
    if (value.length >= MIN_SECRET_LENGTH) out = out.split(value).join("[redacted]");
  }
  return out.length > MAX_TEXT ? `${out.slice(0, MAX_TEXT)}…` : out;
}

const SENSITIVE_FIELDS = new Set([
  "accessToken",
  "clientSecret",
  "secretValue",
  "password",
  "jwt",
  "plaintext",
  "token",
  "iamRequestHeaders",
]);

/** Collects the values of fields that hold secrets anywhere in a request body. */
export function sensitiveValues(body: unknown, out: string[] = []): string[] {
  if (Array.isArray(body)) {
    for (const item of body) sensitiveValues(item, out);
  } else if (body && typeof body === "object") {
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === "string" && SENSITIVE_FIELDS.has(key)) out.push(value);
      else if (value && typeof value === "object") sensitiveValues(value, out);
    }
  }
  return out;
}
