import { badRequest } from "../http/errors.js";
import type { Route } from "../http/router.js";
import type { Faults } from "./inject.js";
import type { Fault, FaultRule } from "./types.js";

// `/__emulator/faults`: the same rules over HTTP, for a client in another process (the
// loopback server). JSON cannot carry functions or RegExps: paths are patterns, or
// `pathRegex` source text; calls are picked with `times` or `calls: { from, to }`.

const KINDS = new Set([
  "latency",
  "status",
  "reset",
  "hang",
  "truncate",
  "non-json",
  "wrong-shape",
  "html",
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const count = (value: unknown, name: string): number | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw badRequest(`${name} must be a whole number`);
  }
  return value;
};

function toRule(input: unknown): FaultRule {
  if (!isRecord(input) || !isRecord(input.fault)) throw badRequest("a rule needs a fault object");
  const fault = input.fault as Fault;
  if (!KINDS.has(fault.kind)) throw badRequest(`unknown fault kind: ${String(fault.kind)}`);
  if (fault.kind === "status") count(fault.status, "fault.status");
  if (fault.kind === "latency") count(fault.ms, "fault.ms");
  const rule: FaultRule = { fault };
  if (typeof input.method === "string") rule.method = input.method;
  if (typeof input.path === "string") rule.path = input.path;
  if (typeof input.pathRegex === "string") {
    try {
      rule.path = new RegExp(input.pathRegex);
    } catch {
      throw badRequest("pathRegex is not a valid regular expression");
    }
  }
  const times = count(input.times, "times");
  if (times !== undefined) rule.times = times;
  if (input.calls !== undefined) {
    if (!isRecord(input.calls)) throw badRequest("calls must be { from, to }");
    const from = count(input.calls.from, "calls.from") ?? 1;
    const to = count(input.calls.to, "calls.to");
    rule.calls = to === undefined ? { from } : { from, to };
  }
  return rule;
}

export function faultRoutes(faults: Faults): Route[] {
  return [
    {
      method: "GET",
      path: "/__emulator/faults",
      handler: () => ({ body: { faults: faults.list() } }),
    },
    {
      method: "POST",
      path: "/__emulator/faults",
      handler: async (ctx) => {
        const body = await ctx.json();
        const inputs = isRecord(body) && Array.isArray(body.rules) ? body.rules : [body];
        const rules = inputs.map(toRule);
        return { body: { ids: rules.map((rule) => faults.add(rule)) } };
      },
    },
    {
      method: "DELETE",
      path: "/__emulator/faults",
      handler: () => {
        faults.clear();
        return { body: { ok: true } };
      },
    },
    {
      method: "DELETE",
      path: "/__emulator/faults/:id",
      handler: (ctx) => {
        faults.remove(Number(ctx.params.id));
        return { body: { ok: true } };
      },
    },
  ];
}
