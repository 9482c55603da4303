// Run by `bun test` (see ../runtime.test.ts): the bun:sqlite store in Bun itself.
import { afterEach, expect, test } from "bun:test";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sqliteStorage } from "../../src/index";

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), "ie-bun-"));
  dirs.push(dir);
  return join(dir, "cache.sqlite");
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

test("stores, reads and removes JSON values", () => {
  const store = sqliteStorage();
  store.setItem("a:b", { value: "x", expiresAt: 1 });
  expect(store.getItem("a:b")).toEqual({ value: "x", expiresAt: 1 });
  expect(store.getItem("missing")).toBeNull();
  store.removeItem("a:b");
  expect(store.getItem("a:b")).toBeNull();
  store.close();
});

test("getKeys matches a `:` prefix literally, even with % and _ in keys", () => {
  const store = sqliteStorage();
  for (const key of ["ie1:p%2F:n:dev", "ie1:p%2F:w:dev", "ie1:pX2F:n:dev", "ie1:p_:n", "other:x"]) {
    store.setItem(key, 1);
  }
  expect(store.getKeys("ie1:p%2F").sort()).toEqual(["ie1:p%2F:n:dev", "ie1:p%2F:w:dev"]);
  expect(store.getKeys("ie1:p_")).toEqual(["ie1:p_:n"]);
  expect(store.getKeys("").length).toBe(5);
  store.close();
});

test("drops entries past their ttl", () => {
  let time = 1_000_000;
  const store = sqliteStorage({ now: () => time });
  store.setItem("k", "v", { ttl: 10 });
  store.setItem("forever", "v");
  time += 9_999;
  expect(store.getItem("k")).toBe("v");
  time += 1;
  expect(store.getItem("k")).toBeNull();
  expect(store.getKeys("")).toEqual(["forever"]);
  store.purge();
  expect(store.getItem("forever")).toBe("v");
  store.close();
});

test("keeps entries across a reopen of the file (a restarted process)", () => {
  const path = tempFile();
  const first = sqliteStorage({ path });
  first.setItem("ie1:x", { value: "kept", expiresAt: Date.now() + 60_000 }, { ttl: 60 });
  first.close();
  const second = sqliteStorage({ path });
  expect(second.getItem("ie1:x")).toMatchObject({ value: "kept" });
  second.close();
});

test("the cache file and its WAL files are readable by their owner only", () => {
  const path = tempFile();
  const store = sqliteStorage({ path });
  store.setItem("ie1:x", { value: "secret-value", expiresAt: Date.now() + 60_000 }, { ttl: 60 });
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    expect(statSync(file).mode & 0o077).toBe(0);
  }
  store.close();
});

test("two connections to one file see each other's writes", () => {
  const path = tempFile();
  const a = sqliteStorage({ path });
  const b = sqliteStorage({ path });
  a.setItem("shared", "from-a");
  expect(b.getItem("shared")).toBe("from-a");
  b.removeItem("shared");
  expect(a.getItem("shared")).toBeNull();
  a.close();
  b.close();
});

test("rejects a table name that is not a plain identifier", () => {
  expect(() => sqliteStorage({ table: "x; DROP TABLE y" })).toThrow(TypeError);
});
