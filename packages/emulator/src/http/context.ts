import type { Runtime } from "../runtime.js";
import { internalError } from "./errors.js";

// Per-request data handed to handlers. The body is read lazily so that auth runs first,
// matching the server, where a bad token wins over a malformed body.

export interface RequestContext {
  rt: Runtime;
  request: Request;
  url: URL;
  params: Record<string, string>;
  query: Record<string, string>;
  /** The parsed JSON body (undefined when empty); malformed JSON is a 500, as on the server. */
  json(): Promise<unknown>;
}

export function queryRecord(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (!(key in query)) query[key] = value;
  }
  return query;
}

export function createContext(
  rt: Runtime,
  request: Request,
  url: URL,
  params: Record<string, string>,
): RequestContext {
  let parsed: Promise<unknown> | undefined;
  return {
    rt,
    request,
    url,
    params,
    query: queryRecord(url),
    json() {
      parsed ??= readJson(request);
      return parsed;
    },
  };
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw internalError();
  }
}
