// ETag revalidation against the emulator (which, like the real server, answers a matching
// If-None-Match with 304 and no body): an expired entry is revalidated, not downloaded again.

import { universalAuth } from "@infisical-edge/auth";
import {
  type CacheOptions,
  createClient,
  encryptedStorage,
  InfisicalResponseError,
  memoryStorage,
} from "@infisical-edge/core";
import { randomBytes } from "@infisical-edge/core/internal";
import { createEmulator } from "@infisical-edge/emulator";
import { describe, expect, it } from "vitest";
import { getSecret, listSecrets, updateSecret } from "../src/index";
import { CLIENT_ID, CLIENT_SECRET, dev, seed } from "./setup";

/** A client on a hand-moved clock, plus the If-None-Match header of every request it sent. */
function setup(cache: CacheOptions = {}) {
  const emulator = createEmulator({ seed });
  let time = 1_000_000;
  const sent: (string | null)[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    sent.push(new Headers(init?.headers).get("if-none-match"));
    return emulator.fetch(input, init);
  };
  const client = createClient({
    siteUrl: "http://emulator.localhost",
    fetch,
    now: () => time,
    retry: false,
    auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
    cache: { ttl: 60, ...cache },
  });
  // A second client writes behind the first one's back (its cache sees no invalidation).
  const writer = createClient({
    siteUrl: "http://emulator.localhost",
    fetch: emulator.fetch,
    auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
  });
  const statuses = (path: string) =>
    emulator.requests.filter((r) => r.method === "GET" && r.path === path).map((r) => r.status);
  return { emulator, client, writer, sent, statuses, advance: (s: number) => (time += s * 1000) };
}

const ROOT = "/api/v4/secrets/ROOT";

describe("ETag revalidation", () => {
  it("getSecret: an expired entry is revalidated with If-None-Match; a 304 keeps it and renews its expiry", async () => {
    const { client, sent, statuses, advance } = setup();
    const first = await getSecret(client, { ...dev, secretName: "ROOT" });
    expect(sent.at(-1)).toBeNull();
    advance(61);
    const second = await getSecret(client, { ...dev, secretName: "ROOT" });
    expect(sent.at(-1)).toMatch(/^"[^"]+"$/); // the stored strong ETag, sent as received
    expect(statuses(ROOT)).toEqual([200, 304]);
    expect(second).toEqual(first);
    expect(second.secretValue).toBe("root-value");
    // Renewed: fresh for another ttl, so no request at all.
    advance(59);
    await getSecret(client, { ...dev, secretName: "ROOT" });
    expect(statuses(ROOT)).toEqual([200, 304]);
    advance(2);
    await getSecret(client, { ...dev, secretName: "ROOT" });
    expect(statuses(ROOT)).toEqual([200, 304, 304]);
  });

  it("getSecret: a changed value answers 200 and replaces the entry and its ETag", async () => {
    const { client, writer, sent, statuses, advance } = setup();
    await getSecret(client, { ...dev, secretName: "ROOT" });
    advance(61);
    await getSecret(client, { ...dev, secretName: "ROOT" });
    const firstTag = sent.at(-1);
    await updateSecret(writer, { ...dev, secretName: "ROOT", secretValue: "changed" });
    advance(61);
    expect((await getSecret(client, { ...dev, secretName: "ROOT" })).secretValue).toBe("changed");
    expect(statuses(ROOT)).toEqual([200, 304, 200]);
    expect(sent.at(-1)).toBe(firstTag); // revalidated with the old ETag, got the new value
    advance(61);
    expect((await getSecret(client, { ...dev, secretName: "ROOT" })).secretValue).toBe("changed");
    expect(statuses(ROOT)).toEqual([200, 304, 200, 304]);
    expect(sent.at(-1)).not.toBe(firstTag); // the new ETag replaced the old one
  });

  it("listSecrets: 304 while nothing changed, 200 after a write", async () => {
    const { client, writer, statuses, advance } = setup();
    const LIST = "/api/v4/secrets";
    const before = await listSecrets(client, dev);
    advance(61);
    expect(await listSecrets(client, dev)).toEqual(before);
    expect(statuses(LIST)).toEqual([200, 304]);
    await updateSecret(writer, { ...dev, secretName: "ROOT", secretValue: "changed" });
    advance(61);
    const after = await listSecrets(client, dev);
    expect(after.secrets.find((s) => s.secretKey === "ROOT")?.secretValue).toBe("changed");
    expect(statuses(LIST)).toEqual([200, 304, 200]);
  });

  it("stale-while-revalidate revalidates behind with the ETag", async () => {
    const background: Promise<unknown>[] = [];
    const { client, statuses, advance } = setup({
      staleWhileRevalidate: 30,
      waitUntil: (p) => void background.push(p),
    });
    await getSecret(client, { ...dev, secretName: "ROOT" });
    advance(70);
    expect((await getSecret(client, { ...dev, secretName: "ROOT" })).secretValue).toBe(
      "root-value",
    );
    await Promise.all(background);
    expect(statuses(ROOT)).toEqual([200, 304]);
    advance(30); // renewed at +70 s: still fresh at +100 s
    await getSecret(client, { ...dev, secretName: "ROOT" });
    expect(statuses(ROOT)).toEqual([200, 304]);
  });

  it("stale-if-error serves the entry when the revalidation fails", async () => {
    const { client, emulator, statuses, advance } = setup({ staleIfError: 300 });
    await getSecret(client, { ...dev, secretName: "ROOT" });
    emulator.faults.add({ path: ROOT, fault: { kind: "status", status: 503 } });
    advance(61);
    expect((await getSecret(client, { ...dev, secretName: "ROOT" })).secretValue).toBe(
      "root-value",
    );
    emulator.faults.clear();
    advance(1);
    await getSecret(client, { ...dev, secretName: "ROOT" });
    expect(statuses(ROOT).at(-1)).toBe(304);
  });

  it("works through encryptedStorage (the ETag is sealed with the value)", async () => {
    const storage = encryptedStorage(memoryStorage(), { key: randomBytes(32) });
    const { client, statuses, advance } = setup({ storage });
    await getSecret(client, { ...dev, secretName: "ROOT" });
    advance(61);
    expect((await getSecret(client, { ...dev, secretName: "ROOT" })).secretValue).toBe(
      "root-value",
    );
    expect(statuses(ROOT)).toEqual([200, 304]);
  });
});

describe("list bodies are checked in place", () => {
  it("returns the parsed secrets themselves, yet a malformed secret is a typed error", async () => {
    const { client, emulator } = setup();
    const list = await listSecrets(client, { ...dev, cache: false });
    expect(list.secrets.length).toBeGreaterThan(0);
    expect(list.imports).toEqual([]);
    const bad = { secrets: [{ ...list.secrets[0], version: "2" }], imports: [] };
    emulator.faults.add({ path: "/api/v4/secrets", fault: { kind: "wrong-shape", body: bad } });
    const error = await listSecrets(client, { ...dev, cache: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InfisicalResponseError);
    expect(String((error as Error).message)).toContain("secrets.0.version");
    expect(String((error as Error).message)).not.toContain("root-value");
  });

  it("a missing imports field reads as an empty list", async () => {
    const { client, emulator } = setup();
    const list = await listSecrets(client, { ...dev, cache: false });
    emulator.faults.add({
      path: "/api/v4/secrets",
      fault: { kind: "wrong-shape", status: 200, body: { secrets: list.secrets } },
    });
    expect((await listSecrets(client, { ...dev, cache: false })).imports).toEqual([]);
  });
});
