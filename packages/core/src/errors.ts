// One error hierarchy for the whole SDK. Messages are built only from non-secret facts
// (method, path, status, the server's message after redaction), so printing, logging or
// JSON-serialising any of these errors never reveals a secret value, token or client secret.

export class InfisicalError extends Error {
  override name = "InfisicalError";

  /** `fields` are copied onto the error: the subclasses' documented properties. */
  constructor(message?: string, fields?: object) {
    super(message);
    // One constructor for every class (their fields are `declare`d, not initialised): less
    // code in every bundle.
    Object.assign(this, fields);
  }
}

export interface ApiErrorDetails {
  /** HTTP status code. */
  status: number;
  /** The server's error kind, e.g. `NotFound`, `TokenError`, `ValidationFailure`. */
  error?: string;
  /** The server's message (validation issues joined into one line), redacted. */
  serverMessage: string;
  /** The server's request id (`reqId`), for support tickets. */
  requestId?: string;
  method: string;
  /** URL path without the query string. */
  path: string;
}

/** The server answered with an error status. */
export class InfisicalApiError extends InfisicalError {
  override name = "InfisicalApiError";
  declare readonly status: number;
  declare readonly error: string | undefined;
  declare readonly serverMessage: string;
  declare readonly requestId: string | undefined;
  declare readonly method: string;
  declare readonly path: string;

  constructor(details: ApiErrorDetails) {
    const kind = details.error ? ` ${details.error}` : "";
    const req = details.requestId ? ` [${details.requestId}]` : "";
    super(
      `${details.method} ${details.path} failed: ${details.status}${kind}: ${details.serverMessage}${req}`,
      details,
    );
  }
}

/** Login refused, or the access token was rejected and could not be refreshed. */
export class InfisicalAuthError extends InfisicalApiError {
  override name = "InfisicalAuthError";
}

export interface ValidationIssue {
  /** Dotted path of the offending option, e.g. `secretName` or `secrets.0.secretKey`. */
  field: string;
  reason: string;
}

/** An option failed validation; raised before any request is sent. */
export class InfisicalValidationError extends InfisicalError {
  override name = "InfisicalValidationError";
  declare readonly field: string;
  declare readonly reason: string;
  declare readonly issues: readonly ValidationIssue[];

  /** `message` replaces the default "Invalid <first field>: <reason> (and N more)". */
  constructor(issues: ValidationIssue[], message?: string) {
    const first = issues[0] ?? { field: "options", reason: "invalid" };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(message ?? `Invalid ${first.field}: ${first.reason}${more}`, { ...first, issues });
  }
}

/** A 2xx response whose body does not have the shape the SDK expects. */
export class InfisicalResponseError extends InfisicalError {
  override name = "InfisicalResponseError";
  declare readonly status: number;
  declare readonly method: string;
  declare readonly path: string;
  /** Where the body differs from the schema; never the offending values. */
  declare readonly issues: readonly string[];

  constructor(info: { status: number; method: string; path: string; issues: string[] }) {
    super(
      `${info.method} ${info.path}: unexpected response (${info.status}): ${info.issues.slice(0, 3).join("; ")}`,
      info,
    );
  }
}

/** The request did not complete within the client's timeout. */
export class InfisicalTimeoutError extends InfisicalError {
  override name = "InfisicalTimeoutError";
  declare readonly method: string;
  declare readonly path: string;
  declare readonly timeout: number;

  constructor(info: { method: string; path: string; timeout: number }) {
    super(`${info.method} ${info.path} timed out after ${info.timeout} ms`, info);
  }
}

/** The request failed before an HTTP response arrived (DNS, connection reset, TLS...). */
export class InfisicalNetworkError extends InfisicalError {
  override name = "InfisicalNetworkError";
  declare readonly method: string;
  declare readonly path: string;
  /** What failed, e.g. `TypeError: fetch failed (ECONNREFUSED)`, with secrets redacted. */
  declare readonly reason: string;

  constructor(info: { method: string; path: string; reason: string }) {
    super(`${info.method} ${info.path}: network error: ${info.reason}`, info);
  }
}

/**
 * A hook given to `createClient({ hooks })` threw; the request failed and nothing else did.
 * The hook's own error is not kept (hooks see tokens and secret values): only its name.
 */
export class InfisicalHookError extends InfisicalError {
  override name = "InfisicalHookError";
  declare readonly hook: string;
  declare readonly method: string;
  declare readonly path: string;
  /** The thrown value's error name (`TypeError`...), or its type when it was not an Error. */
  declare readonly thrown: string;

  constructor(info: { hook: string; method: string; path: string; thrown: string }) {
    super(`${info.method} ${info.path}: the ${info.hook} hook threw ${info.thrown}`, info);
  }
}
