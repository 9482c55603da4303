// Fault injection: what can go wrong with one call, and which calls it hits.

/** One fault. `reachedServer` faults run the real handler first (a write takes effect). */
export type Fault =
  /** Waits `ms` (abortably), then answers normally. */
  | {
      /** Delay the answer. */
      kind: "latency";
      /** Milliseconds to wait. */
      ms: number;
    }
  /** An error status with the server's error body; 429 gets `Retry-After` (seconds). */
  | {
      /** Answer an error status. */
      kind: "status";
      /** The HTTP status, e.g. 503. */
      status: number;
      /** The `Retry-After` header value (seconds or an HTTP date). */
      retryAfter?: number | string;
      /** Run the real handler first (the write takes effect), then fail. */
      reachedServer?: boolean;
    }
  /** The fetch rejects with a TypeError, as on a connection reset. */
  | {
      /** Reject the fetch as a connection reset. */
      kind: "reset";
      /** Run the real handler first (the write takes effect), then fail. */
      reachedServer?: boolean;
    }
  /**
   * The response never completes: no headers at all (`headers`, the default), or headers and
   * part of the body and then nothing (`body`). It ends when the request's signal aborts,
   * like a real fetch, unless `ignoreAbort` (an in-process handler that ignores it).
   */
  | {
      /** Never complete the response. */
      kind: "hang";
      /** Hang before the headers (default) or in the middle of the body. */
      phase?: "headers" | "body";
      /** Run the real handler first (the write takes effect), then hang. */
      reachedServer?: boolean;
      /** Keep hanging after the request's signal aborts. */
      ignoreAbort?: boolean;
    }
  /** The real response cut after `bytes` (default: half); `error` fails the stream instead. */
  | {
      /** Cut the real response's body. */
      kind: "truncate";
      /** Bytes of the body to send; default half. */
      bytes?: number;
      /** Fail the body stream instead of ending it early. */
      error?: boolean;
    }
  /** A JSON content type over a body that is not JSON. */
  | {
      /** Send a body that is not JSON under a JSON content type. */
      kind: "non-json";
      /** The HTTP status; default 200. */
      status?: number;
    }
  /** Valid JSON of the wrong shape (default `{ "unexpected": true }`). */
  | {
      /** Send valid JSON of the wrong shape. */
      kind: "wrong-shape";
      /** The HTTP status; default 200. */
      status?: number;
      /** The JSON body; default `{ "unexpected": true }`. */
      body?: unknown;
    }
  /** A proxy's HTML error page; `echo` includes the request (headers and body) in it. */
  | {
      /** Send a proxy's HTML error page. */
      kind: "html";
      /** The HTTP status; default 502. */
      status?: number;
      /** Include the request (headers and body) in the page, as some proxies do. */
      echo?: boolean;
    };

/** The name of a fault kind, e.g. `status` or `hang`. */
export type FaultKind = Fault["kind"];

/** When and how to fail matching calls ({@link FaultControl.add}). */
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
  calls?: {
    /** The first matching call to fail (1-based). */
    from: number;
    /** The last one (inclusive); open when absent. */
    to?: number;
  };
  /** Only the matching calls for which this returns true (`call` is 1-based). */
  when?: (call: number, request: Request) => boolean;
  /** What the matching calls get. */
  fault: Fault;
}

/** A rule as {@link FaultControl.list} reports it. */
export interface FaultInfo {
  /** The rule's id (what `add` returned). */
  id: number;
  /** The method the rule matches, if any. */
  method: string | undefined;
  /** The path the rule matches, if any. */
  path: string | undefined;
  /** The fault it injects. */
  fault: Fault;
  /** Matching calls seen since the rule was added. */
  seen: number;
  /** Calls the fault was applied to. */
  applied: number;
}

/** Fault injection on an emulator (`emulator.faults`). */
export interface FaultControl {
  /** Adds a rule (checked after the earlier ones; the first that applies wins). */
  add(rule: FaultRule): number;
  /** Removes the rule with this id. */
  remove(id: number): void;
  /** Removes every rule. */
  clear(): void;
  /** The rules, in the order they are checked. */
  list(): FaultInfo[];
}
