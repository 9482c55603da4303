// The fault matrix: every fault × operation against the in-process emulator, with and
// without a stale cache to fall back on. Prints the outcome and the upstream requests of
// each cell, and fails on a crash, a hang past the policy's bound, a write that reached the
// server twice, a retry storm, or a secret in any error, log line or cache key.

import { InfisicalError, InfisicalValidationError, type StaleInfo } from "@infisical-edge/core";
import { createDynamicSecret, createLease } from "@infisical-edge/dynamic-secrets";
import type { Fault } from "@infisical-edge/emulator";
import { createFolder } from "@infisical-edge/folders";
import {
  createSecret,
  deleteSecret,
  getSecret,
  listSecrets,
  updateSecret,
} from "@infisical-edge/secrets";
import { afterAll, describe, expect, it } from "vitest";
import { createLeakScanner } from "../src/leak-scanner";
import { dev, PROJECT_SLUG, world } from "../src/world";

// Per attempt: long enough that a retry under load still fits, short enough to keep the
// matrix fast.
const TIMEOUT = 400;
const RETRY = { retries: 2, minDelay: 5, maxDelay: 20, maxRetryAfter: 1000, maxElapsed: 2000 };
/** Longest a call may take under this policy: every attempt times out, every wait is full. */
const BOUND = (RETRY.retries + 1) * TIMEOUT + RETRY.retries * RETRY.maxRetryAfter;
const WATCHDOG = BOUND + 2000;

interface FaultCase {
  name: string;
  fault: Fault;
  /** How many matching calls it hits (undefined: all). */
  times?: number;
}

const FAULTS: FaultCase[] = [
  { name: "latency 20 ms", fault: { kind: "latency", ms: 20 } },
  { name: "latency past timeout", fault: { kind: "latency", ms: 60_000 } },
  {
    name: "429 Retry-After 0, once",
    fault: { kind: "status", status: 429, retryAfter: 0 },
    times: 1,
  },
  { name: "429 Retry-After 0, always", fault: { kind: "status", status: 429, retryAfter: 0 } },
  { name: "429 Retry-After 3600", fault: { kind: "status", status: 429, retryAfter: 3600 } },
  { name: "500, once", fault: { kind: "status", status: 500 }, times: 1 },
  { name: "502, once", fault: { kind: "status", status: 502 }, times: 1 },
  { name: "503, once", fault: { kind: "status", status: 503 }, times: 1 },
  { name: "504, once", fault: { kind: "status", status: 504 }, times: 1 },
  { name: "503, always", fault: { kind: "status", status: 503 } },
  {
    name: "503 after the server acted",
    fault: { kind: "status", status: 503, reachedServer: true },
    times: 1,
  },
  { name: "reset, once", fault: { kind: "reset" }, times: 1 },
  { name: "reset after the server acted", fault: { kind: "reset", reachedServer: true }, times: 1 },
  { name: "reset, always", fault: { kind: "reset" } },
  { name: "hang (no headers), once", fault: { kind: "hang" }, times: 1 },
  { name: "hang mid-body, once", fault: { kind: "hang", phase: "body" }, times: 1 },
  { name: "hang ignoring abort, once", fault: { kind: "hang", ignoreAbort: true }, times: 1 },
  {
    name: "hang mid-body after the server acted",
    fault: { kind: "hang", phase: "body", ignoreAbort: true },
    times: 1,
  },
  { name: "hang, always", fault: { kind: "hang" } },
  { name: "truncated body, once", fault: { kind: "truncate" }, times: 1 },
  { name: "body cut by reset, once", fault: { kind: "truncate", error: true }, times: 1 },
  { name: "non-JSON body, once", fault: { kind: "non-json" }, times: 1 },
  { name: "wrong-shape JSON, once", fault: { kind: "wrong-shape" }, times: 1 },
  { name: "HTML 502 page echoing the request", fault: { kind: "html", echo: true }, times: 1 },
  { name: "HTML 502 page, always", fault: { kind: "html" } },
];

type Op =
  | "getSecret"
  | "listSecrets"
  | "createSecret"
  | "updateSecret"
  | "deleteSecret"
  | "createFolder"
  | "createLease"
  | "login";

interface OpSpec {
  method: string;
  path: string;
  write: boolean;
  /** Starts from a primed, expired cache that may stand in (reads only). */
  stale?: boolean;
}

const OPS: Record<string, OpSpec & { op: Op }> = {
  getSecret: { op: "getSecret", method: "GET", path: "/api/v4/secrets/:name", write: false },
  "getSecret+stale": {
    op: "getSecret",
    method: "GET",
    path: "/api/v4/secrets/:name",
    write: false,
    stale: true,
  },
  listSecrets: { op: "listSecrets", method: "GET", path: "/api/v4/secrets", write: false },
  "listSecrets+stale": {
    op: "listSecrets",
    method: "GET",
    path: "/api/v4/secrets",
    write: false,
    stale: true,
  },
  createSecret: { op: "createSecret", method: "POST", path: "/api/v4/secrets/:name", write: true },
  updateSecret: { op: "updateSecret", method: "PATCH", path: "/api/v4/secrets/:name", write: true },
  deleteSecret: {
    op: "deleteSecret",
    method: "DELETE",
    path: "/api/v4/secrets/:name",
    write: true,
  },
  createFolder: { op: "createFolder", method: "POST", path: "/api/v2/folders", write: true },
  // A repeated lease would hand out a second set of live credentials.
  createLease: {
    op: "createLease",
    method: "POST",
    path: "/api/v1/dynamic-secrets/leases",
    write: true,
  },
  login: {
    op: "login",
    method: "POST",
    path: "/api/v1/auth/universal-auth/login",
    write: false,
  },
};

interface Cell {
  outcome: string;
  requests: number;
  handled: number;
  ms: number;
  problems: string[];
}

const scanner = createLeakScanner();

const run = (op: Op, client: ReturnType<typeof world>["client"]) => {
  switch (op) {
    case "getSecret":
    case "login":
      return getSecret(client, { ...dev, secretName: "DB_URL" });
    case "listSecrets":
      return listSecrets(client, dev);
    case "createSecret":
      return createSecret(client, {
        ...dev,
        secretName: "CREATED",
        secretValue: "created-value-0a9b8c7d",
      });
    case "updateSecret":
      return updateSecret(client, {
        ...dev,
        secretName: "API_KEY",
        secretValue: "rotated-value-6e5f4a3b",
      });
    case "deleteSecret":
      return deleteSecret(client, { ...dev, secretName: "API_KEY" });
    case "createFolder":
      return createFolder(client, { ...dev, name: "created-folder" });
    case "createLease":
      return createLease(client, { ...lease, dynamicSecretName: "matrix-totp" });
  }
};

const lease = { projectSlug: PROJECT_SLUG, environmentSlug: "dev" } as const;

/** The dynamic secret a lease is taken from, created before the fault is armed. */
const prepareLease = (client: ReturnType<typeof world>["client"]) =>
  createDynamicSecret(client, {
    ...lease,
    name: "matrix-totp",
    defaultTTL: "1h",
    maxTTL: "24h",
    provider: {
      type: "totp",
      inputs: {
        configType: "manual",
        secret: "JBSWY3DPEHPK3PXP",
        period: 30,
        digits: 6,
        algorithm: "sha1",
      },
    },
  });

async function cell(fault: FaultCase, spec: OpSpec & { op: Op }): Promise<Cell> {
  const stale: StaleInfo[] = [];
  const w = world({
    timeout: TIMEOUT,
    retry: RETRY,
    cache: { ttl: 60, staleIfError: spec.stale ? 600 : 0, onStale: (s) => void stale.push(s) },
  });
  if (spec.op !== "login") await w.client.session.token();
  if (spec.op === "createLease") await prepareLease(w.client);
  if (spec.stale) {
    await run(spec.op, w.client);
    w.advance(61_000);
  }
  w.emulator.faults.add({
    method: spec.method,
    path: spec.path,
    times: fault.times,
    fault: fault.fault,
  });
  w.emulator.clearRequests();
  // Values a write sends count as secrets too.
  scanner.forbid("created-value-0a9b8c7d", "rotated-value-6e5f4a3b");

  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchdog = new Promise<"hang">((resolve) => {
    timer = setTimeout(() => resolve("hang"), WATCHDOG);
  });
  const result = await Promise.race([
    run(spec.op, w.client).then(
      () => ({ ok: true as const }),
      (error: unknown) => ({ ok: false as const, error }),
    ),
    watchdog,
  ]);
  clearTimeout(timer);
  const ms = Date.now() - started;

  const hits = w.emulator.requests.filter(
    (r) => r.method === spec.method && r.path.startsWith(spec.path.replace("/:name", "")),
  );
  const problems: string[] = [];
  let outcome: string;
  if (result === "hang") {
    outcome = "HANG";
    problems.push(`no answer within ${WATCHDOG} ms`);
  } else if (result.ok) {
    outcome = stale.some((s) => s.reason === "error") ? "stale served" : "recovered";
  } else if (
    result.error instanceof InfisicalError &&
    !(result.error instanceof InfisicalValidationError)
  ) {
    outcome = `clean error (${result.error.name.replace("Infisical", "")})`;
  } else {
    outcome = "CRASH";
    problems.push(`threw ${String(result.error)}`);
  }
  if (hits.length > RETRY.retries + 1) problems.push(`retry storm: ${hits.length} requests`);
  const handled = hits.filter((r) => r.handled !== false).length;
  if (spec.write && handled > 1)
    problems.push(`duplicate write: reached the server ${handled} times`);
  if (ms > BOUND + 1000) problems.push(`took ${ms} ms, past the ${BOUND} ms bound`);

  // Scanned once this emulator's tokens and values are all registered.
  scanner.forbidEmulator(w.emulator);
  if (result !== "hang" && !result.ok)
    scanner.scanError(`${fault.name} × ${spec.op}`, result.error);
  scanner.scanKeys(`${fault.name} × ${spec.op} cache keys`, await w.client.cache.storage.getKeys());
  for (const url of w.urls) scanner.scanText(`${fault.name} × ${spec.op} url`, url.href);
  for (const s of stale) scanner.scanError(`${fault.name} × ${spec.op} onStale`, s.error);
  return { outcome, requests: hits.length, handled, ms, problems };
}

const table = new Map<string, Map<string, Cell>>();

describe("fault matrix", () => {
  it("every fault × operation ends in recovery, a stale value or a clean error, within bounds", async () => {
    const restore = scanner.captureConsole();
    try {
      await Promise.all(
        FAULTS.map(async (fault) => {
          const row = new Map<string, Cell>();
          table.set(fault.name, row);
          for (const [column, spec] of Object.entries(OPS))
            row.set(column, await cell(fault, spec));
        }),
      );
    } finally {
      restore();
    }
    const problems = [...table].flatMap(([fault, row]) =>
      [...row].flatMap(([op, c]) => c.problems.map((p) => `${fault} × ${op}: ${p}`)),
    );
    expect(problems).toEqual([]);
    expect(scanner.findings).toEqual([]);
    expect(scanner.scanned).toBeGreaterThan(100);
  });

  it("recovers from every passing fault on reads and serves stale when it cannot", () => {
    const at = (fault: string, op: string) => table.get(fault)?.get(op)?.outcome;
    for (const fault of [
      "429 Retry-After 0, once",
      "502, once",
      "503, once",
      "504, once",
      "reset, once",
      "hang (no headers), once",
      "hang mid-body, once",
      "hang ignoring abort, once",
      "body cut by reset, once",
      "HTML 502 page echoing the request",
    ]) {
      for (const op of ["getSecret", "listSecrets", "login"])
        expect(at(fault, op), `${fault} × ${op}`).toBe("recovered");
    }
    for (const fault of [
      "503, always",
      "reset, always",
      "hang, always",
      "latency past timeout",
      "429 Retry-After 0, always",
      "500, once",
      "non-JSON body, once",
      "wrong-shape JSON, once",
      "HTML 502 page, always",
    ]) {
      for (const op of ["getSecret+stale", "listSecrets+stale"])
        expect(at(fault, op), `${fault} × ${op}`).toBe("stale served");
    }
    // An expired entry is revalidated with If-None-Match: when the answer is a 304 there is no
    // body to cut, so the read recovers; otherwise the cut body is a passing failure.
    for (const op of ["getSecret+stale", "listSecrets+stale"]) {
      expect(["stale served", "recovered"], `truncated body, once × ${op}`).toContain(
        at("truncated body, once", op),
      );
    }
    // A write that may have reached the server is never repeated: the error surfaces.
    for (const fault of [
      "503 after the server acted",
      "reset after the server acted",
      "hang mid-body after the server acted",
    ]) {
      for (const op of ["createSecret", "updateSecret"]) {
        expect(at(fault, op), `${fault} × ${op}`).toMatch(/^clean error/);
        expect(table.get(fault)?.get(op)?.requests).toBe(1);
      }
    }
    // 429 is refused before the handler: a write is safe to repeat.
    for (const op of ["createSecret", "updateSecret"])
      expect(at("429 Retry-After 0, once", op)).toBe("recovered");
  });
});

afterAll(() => {
  const columns = Object.keys(OPS);
  const width = Math.max(...FAULTS.map((f) => f.name.length));
  const lines = [
    `${"fault".padEnd(width)} | ${columns.map((c) => c.padEnd(32)).join(" | ")}`,
    ...[...table].map(
      ([fault, row]) =>
        `${fault.padEnd(width)} | ${columns
          .map((c) => {
            const cell = row.get(c);
            return `${cell?.outcome ?? "?"} (${cell?.requests ?? 0})`.padEnd(32);
          })
          .join(" | ")}`,
    ),
    `(outcome (upstream requests to the operation's route); policy: ${RETRY.retries} retries, ${TIMEOUT} ms timeout)`,
  ];
  console.log(`\nFault matrix\n${lines.join("\n")}\n`);
});
