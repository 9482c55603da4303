// A service binding (`env.INFISICAL`, a `Fetcher`) as the client's `fetch`: its `fetch` method
// must be called on the binding itself, so it is wrapped rather than passed unbound.

import type { Fetcher } from "@cloudflare/workers-types";

/** @deprecated Use `Fetcher` from `@cloudflare/workers-types`. */
export type FetcherLike = Fetcher;

/**
 * Turns a service binding (a `Fetcher`, e.g. `env.INFISICAL`) into a `fetch` function bound
 * to it; a function or `undefined` is returned as is.
 */
export function toFetch(
  target: typeof globalThis.fetch | Fetcher | undefined,
): typeof globalThis.fetch | undefined {
  if (target === undefined || typeof target === "function") return target;
  // workers-types declares its own Request/Response, the same objects at run time.
  return ((input, init) => target.fetch(input as never, init as never)) as typeof globalThis.fetch;
}
