import type { RecordedRequest } from "../types.js";
import { callSelected, routeMatches } from "./match.js";
import {
  ConnectionReset,
  delay,
  htmlResponse,
  never,
  nonJsonResponse,
  stalledResponse,
  statusResponse,
  truncated,
  wrongShapeResponse,
} from "./responses.js";
import type { Fault, FaultControl, FaultInfo, FaultRule } from "./types.js";

// Applies the first rule that selects a call, around the real handler. Every call that
// matches a rule's method and path counts towards that rule's call numbers, applied or not.

interface LiveRule {
  id: number;
  rule: FaultRule;
  seen: number;
  applied: number;
}

export interface Faults extends FaultControl {
  /** Runs `handle` (the real routes) through whatever fault selects this call. */
  apply(
    request: Request,
    entry: RecordedRequest,
    requestId: () => string,
    handle: () => Promise<Response>,
  ): Promise<Response>;
}

export function createFaults(initial: readonly FaultRule[] = []): Faults {
  let rules: LiveRule[] = [];
  let nextId = 1;

  function pick(request: Request, pathname: string): Fault | undefined {
    let chosen: LiveRule | undefined;
    for (const live of rules) {
      if (!routeMatches(live.rule, request.method, pathname)) continue;
      live.seen++;
      if (!chosen && callSelected(live.rule, live.seen, request)) chosen = live;
    }
    if (!chosen) return undefined;
    chosen.applied++;
    return chosen.rule.fault;
  }

  async function inject(
    fault: Fault,
    request: Request,
    entry: RecordedRequest,
    requestId: () => string,
    handle: () => Promise<Response>,
  ): Promise<Response> {
    const signal = request.signal;
    const reached = async () => {
      entry.handled = true;
      return handle();
    };
    entry.handled = false;
    switch (fault.kind) {
      case "latency":
        await delay(fault.ms, signal);
        return reached();
      case "status":
        if (fault.reachedServer) await reached();
        return statusResponse(fault, requestId());
      case "reset":
        if (fault.reachedServer) await reached();
        throw new ConnectionReset();
      case "hang": {
        if (fault.phase !== "body") {
          if (fault.reachedServer) await reached();
          return never(signal, fault.ignoreAbort);
        }
        const real = await reached();
        const bytes = new Uint8Array(await real.arrayBuffer());
        const head = bytes.subarray(0, Math.floor(bytes.byteLength / 2));
        return stalledResponse(real.status, real.headers, head, signal, fault.ignoreAbort);
      }
      case "truncate":
        return truncated(await reached(), fault);
      case "non-json":
        return nonJsonResponse(fault);
      case "wrong-shape":
        return wrongShapeResponse(fault);
      case "html":
        return htmlResponse(fault, request);
    }
  }

  const control: Faults = {
    add(rule) {
      const id = nextId++;
      rules.push({ id, rule, seen: 0, applied: 0 });
      return id;
    },
    remove(id) {
      rules = rules.filter((live) => live.id !== id);
    },
    clear() {
      rules = [];
    },
    list(): FaultInfo[] {
      return rules.map(({ id, rule, seen, applied }) => ({
        id,
        method: rule.method,
        path: rule.path === undefined ? undefined : String(rule.path),
        fault: rule.fault,
        seen,
        applied,
      }));
    },
    async apply(request, entry, requestId, handle) {
      const fault = rules.length ? pick(request, entry.path) : undefined;
      if (!fault) return handle();
      entry.fault = fault.kind;
      return inject(fault, request, entry, requestId, handle);
    },
  };
  for (const rule of initial) control.add(rule);
  return control;
}
