// Scrubs known sensitive strings out of text that came from the network (server messages,
// non-JSON error pages) before it lands in an error. Bodies are also truncated.

const MAX_TEXT = 300;
const MIN_SECRET_LENGTH = 4;

/** The forms a value takes when a server echoes it: as is, JSON-escaped, URL-encoded. */
function forms(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  let url = value;
  try {
    url = encodeURIComponent(value);
  } catch {
    // A lone surrogate cannot be URL-encoded; the other forms still apply.
  }
  return [...new Set([value, json, url])];
}

/** Replaces every occurrence of each sensitive value with `[redacted]` and truncates. */
export function redact(text: string, sensitive: readonly string[], max = MAX_TEXT): string {
  let out = text;
  for (const value of sensitive) {
    if (value.length < MIN_SECRET_LENGTH) continue;
    for (const form of forms(value)) out = out.split(form).join("[redacted]");
  }
  return out.length > max ? `${out.slice(0, max)}…` : out;
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
    // Encrypted metadata (`{ key, value, isEncrypted: true }`) carries a secret in `value`.
    const encrypted = (body as { isEncrypted?: unknown }).isEncrypted === true;
    for (const [key, value] of Object.entries(body)) {
      const secret = SENSITIVE_FIELDS.has(key) || (encrypted && key === "value");
      if (typeof value === "string" && secret) out.push(value);
      else if (value && typeof value === "object") sensitiveValues(value, out);
    }
  }
  return out;
}
