// Workers KV as the SDK's storage, through unstorage's cloudflare-kv-binding driver (which
// serialises the SDK's envelopes to JSON and maps getKeys to KV's prefix listing).

import type { StorageLike } from "@infisical-edge/core";
import { createStorage } from "unstorage";
import cloudflareKVBinding from "unstorage/drivers/cloudflare-kv-binding";

/** The slice of a Workers `KVNamespace` binding that the driver uses. */
export interface KVNamespaceLike {
  get(key: string): Promise<string | null>;
  put(key: string, value: string, options?: { expirationTtl?: number }): Promise<void>;
  delete(key: string): Promise<void>;
  list(options?: { prefix?: string; cursor?: string }): Promise<unknown>;
}

/**
 * A storage over a KV namespace. KV keeps an entry at least 60 s (its minimum
 * `expirationTtl`); the SDK's envelope carries the real expiry, so shorter TTLs still hold.
 */
export function kvStorage(namespace: KVNamespaceLike): StorageLike {
  return createStorage({ driver: cloudflareKVBinding({ binding: namespace as never }) });
}
