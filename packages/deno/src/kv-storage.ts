// Deno KV as the SDK's storage, through unstorage's deno-kv driver: one store for every
// isolate of a Deno Deploy app (or every process opening the same file locally).

import type { StorageLike } from "@infisical-edge/core";
import { createStorage } from "unstorage";
import denoKV from "unstorage/drivers/deno-kv";

/** Options of {@link denoKvStorage}. */
export interface DenoKvStorageOptions {
  /** An open `Deno.Kv`; default: `Deno.openKv(path)` on first use. */
  kv?: Deno.Kv | Promise<Deno.Kv>;
  /** Passed to `Deno.openKv` when `kv` is not given (a file; default Deno's own store). */
  path?: string;
  /** Key prefix inside the KV store. Default `infisical`. */
  base?: string;
}

/**
 * A storage over Deno KV. Values are JSON strings; a Deno KV value holds at most 64 KiB,
 * so a list of very many secrets is better read without the cache (`cache: false`).
 */
export function denoKvStorage(options: DenoKvStorageOptions = {}): StorageLike {
  const { kv, path, base = "infisical" } = options;
  // A promise given here may reject before the first read asks for it: handled at once, so
  // that is no unhandled rejection (which ends a Deno process); the read still sees it fail.
  if (kv && typeof (kv as Promise<Deno.Kv>).then === "function") {
    (kv as Promise<Deno.Kv>).then(undefined, () => {});
  }
  const openKv = () => (kv ?? Deno.openKv(path)) as Promise<never>;
  return createStorage({ driver: denoKV({ openKv, base }) });
}
