// A service binding (`env.INFISICAL`, a `Fetcher`) as the client's `fetch`: its `fetch` method
// must be called on the binding itself, so it is wrapped rather than passed unbound.

export interface FetcherLike {
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
}

export function toFetch(
  target: typeof globalThis.fetch | FetcherLike | undefined,
): typeof globalThis.fetch | undefined {
  if (target === undefined || typeof target === "function") return target;
  return (input, init) => target.fetch(input, init);
}
