// Type test (checked by `pnpm typecheck`): what workerd hands a Worker's fetch handler, typed by
// @cloudflare/workers-types, goes into createWorkersClient as is, with no cast.

import type {
  ExecutionContext,
  ExportedHandlerFetchHandler,
  Fetcher,
  KVNamespace,
} from "@cloudflare/workers-types";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createWorkersClient, kvStorage, type WorkersClientOptions } from "../src/index";

interface Env {
  INFISICAL_CLIENT_ID: string;
  INFISICAL_CLIENT_SECRET: string;
  INFISICAL_CACHE: KVNamespace;
  INFISICAL: Fetcher;
}

type Handler = ExportedHandlerFetchHandler<Env>;
type HandlerEnv = Parameters<Handler>[1];
type HandlerContext = Parameters<Handler>[2];

/** The body of a typical handler, on the exact parameter types workerd's typings give it. */
function clientFor(env: HandlerEnv, ctx: HandlerContext) {
  return createWorkersClient(env, ctx, { kv: env.INFISICAL_CACHE, fetch: env.INFISICAL });
}

describe("@cloudflare/workers-types", () => {
  it("a Worker's env and ctx fit createWorkersClient without casts", () => {
    expectTypeOf<HandlerContext>().toExtend<ExecutionContext>();
    expectTypeOf<HandlerContext>().toExtend<Parameters<typeof createWorkersClient>[1]>();
    expectTypeOf<KVNamespace>().toExtend<NonNullable<WorkersClientOptions["kv"]>>();
    expectTypeOf<Fetcher>().toExtend<NonNullable<WorkersClientOptions["fetch"]>>();
    expectTypeOf(kvStorage).parameter(0).toEqualTypeOf<KVNamespace>();
    // A binding that is not a KV namespace is refused by the compiler.
    // @ts-expect-error: a string-keyed object is not a KVNamespace
    kvStorage({ get: async () => null });
    expect(typeof clientFor).toBe("function");
  });
});
