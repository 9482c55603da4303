export { type BunClientOptions, createBunClient } from "./bun-client.js";
export { type SqliteStorage, type SqliteStorageOptions, sqliteStorage } from "./sqlite-storage.js";
