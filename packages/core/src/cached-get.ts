// A GET through the read cache with ETag revalidation: the first load keeps the server's
// ETag in the cache envelope; once the entry has expired, the next load sends it as
// If-None-Match, and a 304 (no body) renews the stored value instead of sending it again.
// ETags are opaque: the secrets list's is not even a hash of the body.

import { Loaded, type Loader, notModified } from "./cache.js";
import type { InfisicalClient } from "./client.js";
import type { RequestSpec, TransportResponse } from "./transport.js";

export interface CachedGet {
  path: string;
  query?: RequestSpec["query"];
  /** The cache key; without one the GET goes straight to the server. */
  key?: string | undefined;
  signal?: AbortSignal | undefined;
}

export function cachedGet<T>(
  client: InfisicalClient,
  request: CachedGet,
  parse: (response: TransportResponse) => T,
): Promise<T> {
  const { path, query, key } = request;
  if (key === undefined) {
    return client.send({ method: "GET", path, query, signal: request.signal }).then(parse);
  }
  const load: Loader<T> = async (signal, etag) => {
    const headers = etag ? { "if-none-match": etag } : undefined;
    const response = await client.send({ method: "GET", path, query, signal, headers });
    // A 304 nobody asked for has no body: parse() rejects it as a malformed answer.
    if (etag && response.status === 304) return notModified;
    // A cache that is off keeps no envelope: the value alone.
    if (!client.cache.enabled) return parse(response);
    return new Loaded(parse(response), response.headers.get("etag") ?? undefined);
  };
  // The cache hands the loader a signal shared by every reader of this key.
  return client.cache.read(key, load, { signal: request.signal });
}
