// One error hierarchy for the whole SDK. Messages are built only from non-secret facts
// (method, path, status, the server's message after redaction), so printing, logging or
// JSON-serialising any of these errors never reveals a secret value, token or client secret.

/**
 * The base class of every error the SDK throws. Messages carry only non-secret facts (method,
 * path, status, the server's redacted message): logging one never reveals a secret value,
 * token or client secret.
 */
export class InfisicalError extends Error {
  /** The class name, so that logs tell the errors apart after bundling. */
  override name = "InfisicalError";

  /** `fields` are copied onto the error: the subclasses' documented properties. */
  constructor(message?: string, fields?: object) {
    super(message);
    // One constructor for every class (their fields are `declare`d, not initialised): less
    // code in every bundle.
    Object.assign(this, fields);
  }
}

/** What {@link InfisicalApiError} is built from. */
export interface ApiErrorDetails {
  /** HTTP status code. */
  status: number;
  /** The server's error kind, e.g. `NotFound`, `TokenError`, `ValidationFailure`. */
  error?: string;
  /** The server's message (validation issues joined into one line), redacted. */
  serverMessage: string;
  /** The server's request id (`reqId`), for support tickets. */
  requestId?: string;
  /** HTTP method of the request, e.g. `GET`. */
  method: string;
  /** URL path without the query string. */
  path: string;
}

/** The server answered with an error status. */
export class InfisicalApiError extends InfisicalError {
  /** Always `"InfisicalApiError"` (or a subclass's name). */
  override name = "InfisicalApiError";
  /** HTTP status code of the answer. */
  declare readonly status: number;
  /** The server's error kind (`NotFound`, `TokenError`...), when it sent one. */
  declare readonly error: string | undefined;
  /** The server's message, redacted. */
  declare readonly serverMessage: string;
  /** The server's request id (`reqId`), for support tickets. */
  declare readonly requestId: string | undefined;
  /** HTTP method of the request. */
  declare readonly method: string;
  /** URL path of the request, without the query string. */
  declare readonly path: string;

  constructor(details: ApiErrorDetails) {
    super(
      `${details.method} ${details.path} failed: ${details.status}${details.error ? ` ${details.error}` : ""}: ${details.serverMessage}${details.requestId ? ` [${details.requestId}]` : ""}`,
      details,
    );
  }
}

/** Login refused, or the access token was rejected and could not be refreshed. */
export class InfisicalAuthError extends InfisicalApiError {
  /** Always `"InfisicalAuthError"`. */
  override name = "InfisicalAuthError";
}

/** One invalid option, as {@link InfisicalValidationError.issues} lists it. */
export interface ValidationIssue {
  /** Dotted path of the offending option, e.g. `secretName` or `secrets.0.secretKey`. */
  field: string;
  /** Why the value was refused, e.g. `expected a non-empty string`. */
  reason: string;
}

/** An option failed validation; raised before any request is sent. */
export class InfisicalValidationError extends InfisicalError {
  /** Always `"InfisicalValidationError"`. */
  override name = "InfisicalValidationError";
  /** Dotted path of the first invalid option, e.g. `secretName`. */
  declare readonly field: string;
  /** Why the first invalid option was refused. */
  declare readonly reason: string;
  /** Every invalid option found, the first one included. */
  declare readonly issues: readonly ValidationIssue[];

  /** `message` replaces the default "Invalid <first field>: <reason> (and N more)". */
  constructor(issues: ValidationIssue[], message?: string) {
    const first = issues[0] ?? { field: "options", reason: "invalid" };
    super(
      message ??
        `Invalid ${first.field}: ${first.reason}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}`,
      { ...first, issues },
    );
  }
}

/** Throws an InfisicalValidationError for one field: the SDK's own option checks share it. */
export function invalid(field: string, reason: string): never {
  throw new InfisicalValidationError([{ field, reason }]);
}

/** A 2xx response whose body does not have the shape the SDK expects. */
export class InfisicalResponseError extends InfisicalError {
  /** Always `"InfisicalResponseError"`. */
  override name = "InfisicalResponseError";
  /** HTTP status code of the answer (2xx). */
  declare readonly status: number;
  /** HTTP method of the request. */
  declare readonly method: string;
  /** URL path of the request, without the query string. */
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
  /** Always `"InfisicalTimeoutError"`. */
  override name = "InfisicalTimeoutError";
  /** HTTP method of the request. */
  declare readonly method: string;
  /** URL path of the request, without the query string. */
  declare readonly path: string;
  /** The per-attempt timeout that elapsed, in milliseconds. */
  declare readonly timeout: number;

  constructor(info: { method: string; path: string; timeout: number }) {
    super(`${info.method} ${info.path} timed out after ${info.timeout} ms`, info);
  }
}

/** The request failed before an HTTP response arrived (DNS, connection reset, TLS...). */
export class InfisicalNetworkError extends InfisicalError {
  /** Always `"InfisicalNetworkError"`. */
  override name = "InfisicalNetworkError";
  /** HTTP method of the request. */
  declare readonly method: string;
  /** URL path of the request, without the query string. */
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
  /** Always `"InfisicalHookError"`. */
  override name = "InfisicalHookError";
  /** Which hook threw: `onRequest`, `onRequestError`, `onResponse` or `onResponseError`. */
  declare readonly hook: string;
  /** HTTP method of the request. */
  declare readonly method: string;
  /** URL path of the request, without the query string. */
  declare readonly path: string;
  /** The thrown value's error name (`TypeError`...), or its type when it was not an Error. */
  declare readonly thrown: string;

  constructor(info: { hook: string; method: string; path: string; thrown: string }) {
    super(`${info.method} ${info.path}: the ${info.hook} hook threw ${info.thrown}`, info);
  }
}
