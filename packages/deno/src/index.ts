export { createDenoClient, type DenoClientOptions } from "./deno-client.ts";
export { type DenoKvStorageOptions, denoKvStorage } from "./kv-storage.ts";
