// The user's ofetch hooks (`createClient({ hooks })`): called with ofetch's context for every
// request the client sends, logins included. A hook that throws fails that request with
// InfisicalHookError; its own error is not kept (hooks see tokens and secret values, so what
// they throw may hold one): catch inside the hook to keep the details.

// The types are declared here, not imported from ofetch, so that the published declarations
// do not load ofetch's, which import `undici` (absent from most projects without skipLibCheck).

import { InfisicalHookError } from "./errors.js";

/** ofetch's context, as a hook receives it: the request, its options and, once known, the answer or error. */
export interface HookContext {
  /** The request: a URL string, the path with its query (base URL applied after `onRequest`), or a `Request`. */
  request: string | Request;
  /** The request options; `headers` is a `Headers` (hooks may set headers here). */
  options: RequestInit & {
    /** HTTP method, e.g. `GET`. */
    method?: string;
    /** The request headers, `Authorization` included once the SDK set it. */
    headers: Headers;
    [key: string]: unknown;
  };
  /** The answer (`onResponse`, `onResponseError`); `_data` is ofetch's parsed body, if any. */
  response?: Response & {
    /** ofetch's parsed body, if any. */
    _data?: unknown;
  };
  /** What fetch threw (`onRequestError`). */
  error?: Error;
}

/** One hook: called with ofetch's context (`C`); may be async. */
export type ClientHook<C extends HookContext = HookContext> = (context: C) => void | Promise<void>;

type OneOrMore<T> = T | T[];
type WithResponse = HookContext & { response: NonNullable<HookContext["response"]> };

/** The ofetch hooks a client accepts (`onRequest`, `onRequestError`, `onResponse`, `onResponseError`); a hook that throws fails the request with an `InfisicalHookError`. */
export interface ClientHooks {
  /** Before each attempt is sent (after the SDK set its headers and signal). */
  onRequest?: OneOrMore<ClientHook>;
  /** When fetch throws (network failure, timeout, abort). */
  onRequestError?: OneOrMore<
    ClientHook<
      HookContext & {
        /** What fetch threw. */
        error: Error;
      }
    >
  >;
  /** When an answer arrives, whatever its status. */
  onResponse?: OneOrMore<ClientHook<WithResponse>>;
  /** When an answer has a 4xx or 5xx status. */
  onResponseError?: OneOrMore<ClientHook<WithResponse>>;
}

export const HOOK_NAMES = ["onRequest", "onRequestError", "onResponse", "onResponseError"] as const;
type HookName = (typeof HOOK_NAMES)[number];

/**
 * Each hook list as an array of wrappers that turn a throw into InfisicalHookError; `request`
 * names the request a context belongs to (method, and path without the query, which may hold
 * names a user considers private).
 */
export function userHooks(
  hooks: ClientHooks | undefined,
  request: (context: HookContext) => { method: string; path: string },
): Record<HookName, ClientHook[]> {
  const out = {} as Record<HookName, ClientHook[]>;
  for (const name of HOOK_NAMES) {
    // Each list gets the context its hook name promises (ofetch calls them at those points).
    const list = [hooks?.[name] ?? []].flat() as ClientHook[];
    out[name] = list.map((hook) => async (context: HookContext) => {
      try {
        await hook(context);
      } catch (error) {
        const { method, path } = request(context);
        throw new InfisicalHookError({
          hook: name,
          method,
          path,
          thrown: error instanceof Error ? error.name.slice(0, 40) : typeof error,
        });
      }
    });
  }
  return out;
}
