// Workers KV as the SDK's storage, through unstorage's cloudflare-kv-binding driver (which
// serialises the SDK's envelopes to JSON and maps getKeys to KV's prefix listing).

import type { KVNamespace } from "@cloudflare/workers-types";
import type { StorageLike } from "@infisical-edge/core";
import { createStorage } from "unstorage";
import cloudflareKVBinding from "unstorage/drivers/cloudflare-kv-binding";

/** @deprecated Use `KVNamespace` from `@cloudflare/workers-types`. */
export type KVNamespaceLike = KVNamespace;

/**
 * A storage over a KV namespace. KV keeps an entry at least 60 s (its minimum
 * `expirationTtl`); the SDK's envelope carries the real expiry, so shorter TTLs still hold.
 */
export function kvStorage(namespace: KVNamespace): StorageLike {
  return createStorage({ driver: cloudflareKVBinding({ binding: namespace as never }) });
}
