import { afterEach, describe, expect, it } from "vitest";
import type { Handler } from "../src/http/router";
import { apiRoutes } from "../src/routes";
import { loadRecordings } from "./fidelity/recordings";
import { routeOf } from "./fidelity/report";
import { checkRecording } from "./fidelity/run";

// Mutation check: the fidelity comparison must notice a broken route. The emulator dispatches
// over the exported route table on every request, so swapping one entry's handler (restored
// after each test) breaks that route without touching src.

const TARGET = "GET /api/v4/secrets/:secretName";
const recordings = loadRecordings().filter((recording) => routeOf(recording) === TARGET);
const index = apiRoutes.findIndex((route) => `${route.method} ${route.path}` === TARGET);
const original = apiRoutes[index];

/** Renames a key wherever it appears in a JSON value. */
function renameKey(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKey(item, from, to));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key === from ? to : key,
      renameKey(item, from, to),
    ]),
  );
}

function breakRoute(): void {
  if (!original) throw new Error(`no route ${TARGET}`);
  const handler: Handler = async (ctx) => {
    const reply = await original.handler(ctx);
    return { ...reply, body: renameKey(reply.body, "secretKey", "secretName") };
  };
  apiRoutes[index] = { ...original, handler };
}

afterEach(() => {
  if (original) apiRoutes[index] = original;
});

describe("fidelity mutation check", () => {
  it("finds the recordings of the route it breaks, successes and errors", () => {
    expect(index).toBeGreaterThanOrEqual(0);
    expect(recordings.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(5);
    expect(recordings.some((r) => r.status >= 400)).toBe(true);
  });

  it("reports no problem for them with the route intact", async () => {
    for (const recording of recordings) {
      expect((await checkRecording(recording)).problems, recording.file).toEqual([]);
    }
  });

  it("reports the renamed field for every successful recording of the broken route", async () => {
    breakRoute();
    for (const recording of recordings) {
      const { problems } = await checkRecording(recording);
      if (recording.status === 200) {
        expect(problems, recording.file).toContain("$.secret.secretKey: missing");
        expect(problems, recording.file).toContain("$.secret.secretName: unexpected");
      } else {
        // Error bodies carry no secretKey: the mutation cannot show there.
        expect(problems, recording.file).toEqual([]);
      }
    }
  });

  it("leaves other routes' recordings matching while that route is broken", async () => {
    breakRoute();
    const list = loadRecordings().find((r) => r.file === "secrets-v4-list.json");
    if (!list) throw new Error("no secrets-v4-list.json");
    expect((await checkRecording(list)).problems).toEqual([]);
  });
});
