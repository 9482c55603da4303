// Fault injection: what can go wrong with one call, and which calls it hits.

/** One fault. `reachedServer` faults run the real handler first (a write takes effect). */
export type Fault =
  /** Waits `ms` (abortably), then answers normally. */
  | { kind: "latency"; ms: number }
  /** An error status with the server's error body; 429 gets `Retry-After` (seconds). */
  | { kind: "status"; status: number; retryAfter?: number | string; reachedServer?: boolean }
  /** The fetch rejects with a TypeError, as on a connection reset. */
  | { kind: "reset"; reachedServer?: boolean }
  /**
   * The response never completes: no headers at all (`headers`, the default), or headers and
   * part of the body and then nothing (`body`). It ends when the request's signal aborts,
   * like a real fetch, unless `ignoreAbort` (an in-process handler that ignores it).
   */
  | { kind: "hang"; phase?: "headers" | "body"; reachedServer?: boolean; ignoreAbort?: boolean }
  /** The real response cut after `bytes` (default: half); `error` fails the stream instead. */
  | { kind: "truncate"; bytes?: number; error?: boolean }
  /** A JSON content type over a body that is not JSON. */
  | { kind: "non-json"; status?: number }
  /** Valid JSON of the wrong shape (default `{ "unexpected": true }`). */
  | { kind: "wrong-shape"; status?: number; body?: unknown }
  /** A proxy's HTML error page; `echo` includes the request (headers and body) in it. */
  | { kind: "html"; status?: number; echo?: boolean };

export type FaultKind = Fault["kind"];

export interface FaultRule {
  /** Default: any method. */
  method?: string;
  /**
   * Default: any path. A string matches segment by segment, where `:name` is any one
   * segment and a final `*` any rest (`/api/v4/secrets/:name`, `/api/v4/*`); or a RegExp.
   */
  path?: string | RegExp;
  /** Only the next `times` matching calls. */
  times?: number;
  /** Only matching calls number `from` to `to` (1-based, inclusive; `to` open when absent). */
  calls?: { from: number; to?: number };
  /** Only the matching calls for which this returns true (`call` is 1-based). */
  when?: (call: number, request: Request) => boolean;
  fault: Fault;
}

export interface FaultInfo {
  id: number;
  method: string | undefined;
  path: string | undefined;
  fault: Fault;
  /** Matching calls seen since the rule was added. */
  seen: number;
  /** Calls the fault was applied to. */
  applied: number;
}

export interface FaultControl {
  /** Adds a rule (checked after the earlier ones; the first that applies wins). */
  add(rule: FaultRule): number;
  remove(id: number): void;
  clear(): void;
  list(): FaultInfo[];
}
