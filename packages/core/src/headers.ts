// Header names and values are checked before anything is sent: fetch would throw a TypeError
// that quotes the offending value (an access token, an API key) and looks like a network error.

import { invalid } from "./errors.js";

/** RFC 9110 token characters. */
const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Visible ASCII, space, tab and Latin-1 (what `Headers` accepts): no CR, LF, NUL or control. */
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Throws InfisicalValidationError naming the header (never its value). */
export function checkHeaders(headers: Record<string, string>, field: string): void {
  for (const name in headers) {
    if (!NAME.test(name)) {
      invalid(field, "expected header names made of token characters");
    }
    const value = headers[name];
    if (typeof value !== "string" || !VALUE.test(value)) {
      invalid(
        `${field}.${name.toLowerCase()}`,
        "expected a header value without control characters",
      );
    }
  }
}
