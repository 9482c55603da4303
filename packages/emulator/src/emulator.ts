import { issueToken } from "./auth/issue.js";
import { createClock } from "./clock.js";
import { CONTROL_PREFIX, controlRoutes } from "./control/routes.js";
import { createFaults, faultRoutes } from "./faults/index.js";
import { queryRecord } from "./http/context.js";
import { isPreflight, preflightResponse, withCors } from "./http/cors.js";
import { dispatch } from "./http/dispatch.js";
import { createIdSource } from "./ids.js";
import { resolvePlan } from "./plan.js";
import { apiRoutes } from "./routes.js";
import type { Runtime } from "./runtime.js";
import { applySeed } from "./seed.js";
import { createState } from "./state.js";
import type { Emulator, EmulatorOptions, RecordedRequest, RequestFilter } from "./types.js";

// Wires state, clock, ids and routes into one fetch handler.

// Relative URLs (fetch("/api/...")) resolve against this origin.
const FALLBACK_ORIGIN = "http://infisical-emulator.localhost";

function toRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  if (typeof input === "string" && input.startsWith("/")) {
    return new Request(new URL(input, FALLBACK_ORIGIN), init);
  }
  return new Request(input, init);
}

function matches(entry: RecordedRequest, filter: RequestFilter): boolean {
  if (filter.method && entry.method !== filter.method.toUpperCase()) return false;
  if (filter.path === undefined) return true;
  return typeof filter.path === "string"
    ? entry.path === filter.path
    : filter.path.test(entry.path);
}

/**
 * Creates an in-memory Infisical API. Pass `emulator.fetch` as the SDK's `fetch` (no socket), or
 * serve it on a loopback port with `serve` from `@infisical-edge/emulator/node`.
 *
 * @example
 * ```ts
 * const emulator = createEmulator({ seed: demoSeed });
 * const client = createClient({
 *   siteUrl: "http://localhost",
 *   fetch: emulator.fetch,
 *   auth: universalAuth({ clientId: "demo-client-id", clientSecret: "demo-client-secret" }),
 * });
 * ```
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const clock = createClock(options.clock);
  const rt: Runtime = {
    state: createState(),
    ids: createIdSource(options.idSeed ?? "infisical-emulator"),
    now: clock.now,
    renewReturnsNewToken: options.renewReturnsNewToken ?? false,
    plan: resolvePlan(options.plan),
  };
  if (options.seed) applySeed(rt, options.seed);

  let requests: RecordedRequest[] = [];
  const faults = createFaults(options.faults);
  const control = controlRoutes({
    requests: () => requests,
    clearRequests: () => {
      requests = [];
    },
    advanceClock: clock.advance,
    now: clock.now,
    issueToken: (identityId, opts) => issueToken(rt, identityId, opts),
  });

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname.startsWith(CONTROL_PREFIX)) {
      return dispatch(rt, [...control, ...faultRoutes(faults)], request, url);
    }
    // Preflights are a browser transport detail, not API calls: not recorded.
    if (options.cors && isPreflight(request)) return preflightResponse(request);
    const entry: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      query: queryRecord(url),
      status: 0,
    };
    requests.push(entry);
    const response = await faults.apply(
      request,
      entry,
      () => rt.ids.requestId(),
      () => dispatch(rt, apiRoutes, request, url),
    );
    entry.status = response.status;
    return response;
  }

  async function handle(request: Request): Promise<Response> {
    const response = await route(request);
    return options.cors ? withCors(request, response) : response;
  }

  return {
    fetch: (input, init) => handle(toRequest(input, init)),
    handle,
    get requests() {
      return requests;
    },
    count: (filter = {}) => requests.filter((entry) => matches(entry, filter)).length,
    clearRequests: () => {
      requests = [];
    },
    advanceClock: clock.advance,
    now: clock.now,
    issueToken: (identityId, opts) => issueToken(rt, identityId, opts),
    state: rt.state,
    faults,
  };
}
