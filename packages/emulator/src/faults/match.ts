import type { FaultRule } from "./types.js";

// Which calls a rule hits: method, path pattern, then the call selection.

function pathMatches(pattern: string | RegExp | undefined, pathname: string): boolean {
  if (pattern === undefined) return true;
  if (pattern instanceof RegExp) return pattern.test(pathname);
  const want = pattern.split("/").filter(Boolean);
  const got = pathname.split("/").filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    const part = want[i] as string;
    // A final `*` stands for one or more segments: `/secrets/*` is not `/secrets` itself.
    if (part === "*" && i === want.length - 1) return got.length > i;
    const segment = got[i];
    if (segment === undefined) return false;
    if (!part.startsWith(":") && part !== segment) return false;
  }
  return want.length === got.length;
}

export function routeMatches(rule: FaultRule, method: string, pathname: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  return pathMatches(rule.path, pathname);
}

/** Whether the `call`-th matching call (1-based) is selected. */
export function callSelected(rule: FaultRule, call: number, request: Request): boolean {
  if (rule.times !== undefined && call > rule.times) return false;
  if (rule.calls) {
    if (call < rule.calls.from) return false;
    if (rule.calls.to !== undefined && call > rule.calls.to) return false;
  }
  return rule.when ? rule.when(call, request) : true;
}
