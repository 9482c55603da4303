import type { IssueOptions } from "./auth/issue.js";
import type { FaultControl, FaultKind, FaultRule } from "./faults/types.js";
import type { EmulatorPlan } from "./plan.js";
import type { EmulatorSeed } from "./seed.js";
import type { EmulatorState } from "./state.js";

// The public surface of an emulator instance.

/** Options of `createEmulator`. */
export interface EmulatorOptions {
  /** Initial state; default: empty. */
  seed?: EmulatorSeed;
  /** Epoch ms; default Date.now. `advanceClock` adds an offset on top. */
  clock?: () => number;
  /** Makes ids and tokens deterministic; default "infisical-emulator". */
  idSeed?: string;
  /** Answer CORS preflights and add Access-Control-Allow-* headers (browser tests). */
  cors?: boolean;
  /**
   * Renew signs a new token string (true), or extends the one sent in place (default false: what
   * the recorded real server did; other versions sign a new one).
   */
  renewReturnsNewToken?: boolean;
  /** Licensed features, all on by default; `{ dynamicSecrets: false }` refuses them by plan. */
  plan?: Partial<EmulatorPlan>;
  /** Fault rules active from the start (see `emulator.faults`). */
  faults?: FaultRule[];
}

/** One API request the emulator received (`emulator.requests`): no body and no headers. */
export interface RecordedRequest {
  /** HTTP method. */
  method: string;
  /** URL path. */
  path: string;
  /** Query parameters. */
  query: Record<string, string>;
  /** 0 while the request is still being handled (and for ever after a reset or hang). */
  status: number;
  /** The fault injected into this call, if any. */
  fault?: FaultKind;
  /** False when a fault answered before the route handler ran (nothing took effect). */
  handled?: boolean;
}

/** Which requests {@link Emulator.count} counts; every field optional. */
export interface RequestFilter {
  /** Only this HTTP method. */
  method?: string;
  /** Only this path (exact string, or a pattern). */
  path?: string | RegExp;
}

/** An emulator instance (see `createEmulator`). */
export interface Emulator {
  /** Bound; pass it as the SDK's `fetch`. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Answers one request (what `fetch` calls). */
  handle(request: Request): Promise<Response>;
  /** Every API request received, in order (no bodies, no headers: they hold secrets). */
  readonly requests: ReadonlyArray<RecordedRequest>;
  /** How many received requests match `filter` (all of them without one). */
  count(filter?: RequestFilter): number;
  /** Forgets the recorded requests. */
  clearRequests(): void;
  /** Moves the emulator's clock forward (token and lease expiry). */
  advanceClock(ms: number): void;
  /** The emulator's clock (epoch ms). */
  now(): number;
  /** Mints a token-auth access token for an identity. */
  issueToken(identityId: string, options?: IssueOptions): string;
  /** The live state, for tests that need to poke it. */
  state: EmulatorState;
  /** Fault injection: latency, 429/5xx, resets, hangs, truncated or malformed bodies. */
  faults: FaultControl;
}
