import { afterEach, describe, expect, it } from "vitest";
import type { Handler, Route } from "../src/http/router";
import { apiRoutes } from "../src/routes";
import { readRecording } from "./fidelity/recordings";
import { checkRecording } from "./fidelity/run";

// The value comparison must notice what a shape comparison cannot: list order, a token renew
// did not return as sent, ids that do not pair up, a malformed timestamp, and a replay from the
// wrong starting state. Routes are broken by swapping a handler in the exported route table
// (restored after each test), as in fidelity-mutation.test.ts.

const swapped = new Map<number, Route>();

function wrapRoute(target: string, change: (body: any, ctx: Parameters<Handler>[0]) => void) {
  const index = apiRoutes.findIndex((route) => `${route.method} ${route.path}` === target);
  const original = apiRoutes[index];
  if (!original) throw new Error(`no route ${target}`);
  swapped.set(index, original);
  apiRoutes[index] = {
    ...original,
    handler: async (ctx) => {
      const reply = await original.handler(ctx);
      change(reply.body, ctx);
      return reply;
    },
  };
}

afterEach(() => {
  for (const [index, route] of swapped) apiRoutes[index] = route;
  swapped.clear();
});

const problemsOf = async (file: string) => (await checkRecording(readRecording(file))).problems;

describe("fidelity value comparison", () => {
  it("notices a batch answered in request order instead of the recorded order", async () => {
    expect(await problemsOf("secrets-v4-batch-create.json")).toEqual([]);
    wrapRoute("POST /api/v4/secrets/batch", (body) => body.secrets.reverse());
    expect(await problemsOf("secrets-v4-batch-create.json")).toContain(
      '$.secrets[0].secretKey: expected "V4_BATCH_B", got "V4_BATCH_A"',
    );
  });

  it("notices a renew that answers a new token where the recording returned the one sent", async () => {
    expect(await problemsOf("auth-token-renew.json")).toEqual([]);
    const renew = "POST /api/v1/auth/token/renew";
    const index = apiRoutes.findIndex((route) => `${route.method} ${route.path}` === renew);
    const original = apiRoutes[index] as Route;
    swapped.set(index, original);
    apiRoutes[index] = {
      ...original,
      handler: (ctx) => original.handler({ ...ctx, rt: { ...ctx.rt, renewReturnsNewToken: true } }),
    };
    const problems = await problemsOf("auth-token-renew.json");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\$\.accessToken: expected the <ACCESS_TOKEN_2> the request sent/);
  });

  it("holds volatile fields to their form and ids to one-to-one pairing", async () => {
    wrapRoute("GET /api/v4/secrets/:secretName", (body) => {
      body.secret._id = "6f0e0cb4-0000-4000-8000-000000000000";
      body.secret.createdAt = "yesterday";
    });
    const problems = await problemsOf("secrets-v4-get.json");
    expect(problems).toContain('$.secret.createdAt: expected an ISO timestamp, got "yesterday"');
    expect(problems.some((p) => p.startsWith("$.secret._id: ids must pair one to one"))).toBe(true);
  });

  it("notices a replay from the wrong starting state", async () => {
    // Without its preparation (DB_PORT updated to 6543 first), the expanded value differs.
    const recording = readRecording("secrets-v4-get-after-expand-update.json");
    const { problems } = await checkRecording({ ...recording, file: "unprepared.json" });
    expect(problems).toEqual([
      '$.secret.secretValue: expected "postgres://localhost:6543/app", got "postgres://localhost:5432/app"',
    ]);
    // Without the recorded rename and disabling, the deleted key was never changed.
    const key = readRecording("kms-delete-key.json");
    const deleted = (await checkRecording({ ...key, file: "kms-unprepared.json" })).problems;
    expect(deleted).toContain('$.key.name: expected "fixture-key-renamed", got "fixture-key"');
    expect(deleted.some((p) => p.startsWith("$.key.updatedAt: expected after createdAt"))).toBe(
      true,
    );
  });
});
