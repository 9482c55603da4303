export { type BunClientOptions, createBunClient } from "./bun-client";
export { type SqliteStorage, type SqliteStorageOptions, sqliteStorage } from "./sqlite-storage";
