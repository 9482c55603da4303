// A cache store on bun:sqlite: one table in a file, so cached reads and the sealed access
// token survive a restart, and several processes on one machine can share them (WAL mode,
// with a busy timeout instead of "database is locked" errors).

import { Database } from "bun:sqlite";
import { chmodSync } from "node:fs";
import type { StorageLike } from "@infisical-edge/core";

/** Options of {@link sqliteStorage}. */
export interface SqliteStorageOptions {
  /** Database file; `:memory:` for a private in-memory store. Default `:memory:`. */
  path?: string;
  /** Table name (letters, digits, `_`). Default `infisical_cache`. */
  table?: string;
  /** Clock in epoch ms, for the storage-level expiry. Default `Date.now`. */
  now?: () => number;
}

/** Synchronous (bun:sqlite is), and still a StorageLike for the client. */
export interface SqliteStorage extends StorageLike {
  /** The stored value for `key`, or `null` when absent or expired. */
  getItem(key: string): unknown;
  setItem(key: string, value: unknown, opts?: { ttl?: number }): void;
  /** Deletes `key`. */
  removeItem(key: string): void;
  getKeys(base?: string): string[];
  /** Deletes expired rows (also done on every 100th write). */
  purge(): void;
  /** Closes the database. */
  close(): void;
}

/**
 * The cache file (and its WAL files) readable by its owner only: cached reads hold secret
 * values, and a umask of 022 would leave them readable by every user of the machine. Best
 * effort: a file another user owns keeps its mode.
 */
function ownerOnly(path: string | undefined) {
  if (!path || path === ":memory:" || path.startsWith("file:")) return;
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      chmodSync(file, 0o600);
    } catch {}
  }
}

/**
 * A cache storage on `bun:sqlite` (synchronous), with per-entry expiry; a file-backed store is
 * shared by the processes that open it.
 *
 * @throws `TypeError` when `table` is not a plain SQL identifier.
 */
export function sqliteStorage(options: SqliteStorageOptions = {}): SqliteStorage {
  const table = options.table ?? "infisical_cache";
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) {
    throw new TypeError("table: expected letters, digits and _ only");
  }
  const now = options.now ?? Date.now;
  const db = new Database(options.path ?? ":memory:", { create: true });
  db.run("PRAGMA journal_mode = WAL");
  db.run("PRAGMA busy_timeout = 5000");
  db.run(
    `CREATE TABLE IF NOT EXISTS ${table} (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER)`,
  );
  ownerOnly(options.path);
  const get = db.query<{ value: string }>(
    `SELECT value FROM ${table} WHERE key = ? AND (expires_at IS NULL OR expires_at > ?)`,
  );
  const put = db.query(`INSERT OR REPLACE INTO ${table} (key, value, expires_at) VALUES (?, ?, ?)`);
  const del = db.query(`DELETE FROM ${table} WHERE key = ?`);
  // A prefix test with substr, not LIKE: cache keys hold `%` and `_` from URI encoding.
  const keys = db.query<{ key: string }>(
    `SELECT key FROM ${table} WHERE substr(key, 1, ?) = ? AND (expires_at IS NULL OR expires_at > ?)`,
  );
  const all = db.query<{ key: string }>(
    `SELECT key FROM ${table} WHERE expires_at IS NULL OR expires_at > ?`,
  );
  const expired = db.query(`DELETE FROM ${table} WHERE expires_at IS NOT NULL AND expires_at <= ?`);
  let writes = 0;

  return {
    getItem(key) {
      const row = get.get(key, now());
      return row ? JSON.parse(row.value) : null;
    },
    setItem(key, value, opts) {
      const ttl = opts?.ttl;
      const expiresAt = typeof ttl === "number" && ttl > 0 ? now() + ttl * 1000 : null;
      put.run(key, JSON.stringify(value), expiresAt);
      if (++writes % 100 === 0) expired.run(now());
    },
    removeItem(key) {
      del.run(key);
    },
    getKeys(base = "") {
      if (!base) return all.all(now()).map((row) => row.key);
      const prefix = base.endsWith(":") ? base : `${base}:`;
      return keys.all(prefix.length, prefix, now()).map((row) => row.key);
    },
    purge() {
      expired.run(now());
    },
    close() {
      db.close();
    },
  };
}
