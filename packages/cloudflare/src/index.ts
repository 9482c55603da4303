export type { ExecutionContext, Fetcher, KVNamespace } from "@cloudflare/workers-types";
export { type KVNamespaceLike, kvStorage } from "./kv-storage.js";
export { type FetcherLike, toFetch } from "./service-fetch.js";
export {
  createWorkersClient,
  DEFAULT_KV_BINDING,
  type WorkersCacheOptions,
  type WorkersClientOptions,
  type WorkersContext,
  type WorkersEnv,
} from "./workers-client.js";
