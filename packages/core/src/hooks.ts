// The user's ofetch hooks (`createClient({ hooks })`): called with ofetch's context for every
// request the client sends, logins included. A hook that throws fails that request with
// InfisicalHookError; its own error is not kept (hooks see tokens and secret values, so what
// they throw may hold one): catch inside the hook to keep the details.

import type { FetchContext, FetchHook, FetchHooks } from "ofetch";
import { InfisicalHookError } from "./errors.js";

/** The ofetch hooks a client accepts (`onRequest`, `onRequestError`, `onResponse`, `onResponseError`); a hook that throws fails the request with an `InfisicalHookError`. */
export type ClientHooks = Pick<
  FetchHooks,
  "onRequest" | "onRequestError" | "onResponse" | "onResponseError"
>;

export const HOOK_NAMES = ["onRequest", "onRequestError", "onResponse", "onResponseError"] as const;
type HookName = (typeof HOOK_NAMES)[number];

/** Each hook list as an array of wrappers that turn a throw into InfisicalHookError. */
export function userHooks(hooks: ClientHooks | undefined): Record<HookName, FetchHook[]> {
  const out = {} as Record<HookName, FetchHook[]>;
  for (const name of HOOK_NAMES) {
    const given = hooks?.[name] as FetchHook | FetchHook[] | undefined;
    const list = given === undefined ? [] : Array.isArray(given) ? given : [given];
    out[name] = list.map((hook) => async (context: FetchContext) => {
      try {
        await hook(context);
      } catch (error) {
        throw new InfisicalHookError({
          hook: name,
          method: context.options.method ?? "GET",
          path: pathOf(context.request),
          thrown: error instanceof Error ? error.name.slice(0, 40) : typeof error,
        });
      }
    });
  }
  return out;
}

/** The request's path without its query (which may hold names a user considers private). */
function pathOf(request: FetchContext["request"]): string {
  const url = typeof request === "string" ? request : request.url;
  return url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, "").replace(/[?#].*$/, "") || "/";
}
