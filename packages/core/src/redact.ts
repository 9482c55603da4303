// Scrubs known sensitive strings out of text that came from the network (server messages,
// non-JSON error pages) before it lands in an error. Bodies are also truncated.

const MAX_TEXT = 300;
const MIN_SECRET_LENGTH = 4;

/**
 * The forms a value takes when a server echoes it: as is, JSON-escaped, URL-encoded (with `%20`
 * or, as forms encode it, `+` for a space).
 */
function forms(value: string): Set<string> {
  const json = JSON.stringify(value).slice(1, -1);
  let url = value;
  try {
    url = encodeURIComponent(value);
  } catch {
    // A lone surrogate cannot be URL-encoded; the other forms still apply.
  }
  return new Set([value, json, url, url.replace(/%20/g, "+")]);
}

const char = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : "");
const NAMED: Record<string, string> = { quot: '"', amp: "&", apos: "'", lt: "<", gt: ">" };

/**
 * Undoes one layer of the escapes an echo may apply: HTML entities (named, decimal, hex),
 * JSON escapes (`\uXXXX`, `\"`) and URL encoding.
 */
function unescapeOnce(text: string): string {
  return (
    text
      // `0x1f` and `065` both read as numbers: hex and decimal entities in one pass.
      .replace(/&#(x[\da-f]{1,6}|\d{1,7});?/gi, (_, code: string) => char(Number(`0${code}`)))
      .replace(/&(quot|amp|apos|lt|gt);/gi, (_, name: string) => NAMED[name.toLowerCase()] ?? "")
      // A JSON escape is read by JSON.parse itself.
      .replace(/\\(["\\/nrt]|u[\dA-Fa-f]{4})/g, (sequence) => JSON.parse(`"${sequence}"`))
      .replace(/(?:%[\da-f]{2})+/gi, (run) => {
        try {
          return decodeURIComponent(run);
        } catch {
          return run;
        }
      })
  );
}

/** Whether `text`, after undoing up to three layers of escaping, still holds a value. */
function echoes(text: string, sensitive: readonly string[]): boolean {
  // Each layer is undone both as is and as a form encoding (`+` for a space, read before the
  // percent escapes, so that a `%2B` in the value stays a `+`).
  let texts = new Set([text]);
  for (let round = 0; round <= 3 && texts.size > 0; round++) {
    const next = new Set<string>();
    for (const current of texts) {
      for (const candidate of [current, current.replace(/\+/g, " ")]) {
        for (const value of sensitive) {
          if (value.length >= MIN_SECRET_LENGTH && candidate.includes(value)) return true;
        }
        const unescaped = unescapeOnce(candidate);
        if (unescaped !== candidate) next.add(unescaped);
      }
    }
    texts = next;
  }
  return false;
}

/**
 * Replaces every occurrence of each sensitive value with `[redacted]` and truncates. A text
 * that still holds a value in another escaped form (HTML entities, ASCII-only JSON, double
 * escaping...) is dropped whole.
 */
export function redact(text: string, sensitive: readonly string[], max = MAX_TEXT): string {
  let out = text;
  // Longest first: a value inside another (a username in its password) would otherwise be
  // replaced first and leave the rest of the longer one in the text.
  const values = [...new Set(sensitive)].sort((a, b) => b.length - a.length);
  for (const value of values) {
    if (value.length < MIN_SECRET_LENGTH) continue;
    for (const form of forms(value)) out = out.split(form).join("[redacted]");
  }
  if (echoes(out, sensitive)) return "[redacted: the text echoed a secret]";
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
