import type { IssueOptions } from "../auth/issue.js";
import { notFound } from "../http/errors.js";
import type { Route } from "../http/router.js";
import { Checker } from "../http/validate.js";
import type { RecordedRequest } from "../types.js";

// `/__emulator/*`: unauthenticated helpers for tests that drive the emulator over HTTP from
// another process. Their own calls are not recorded.

export const CONTROL_PREFIX = "/__emulator/";

export interface ControlHooks {
  requests(): ReadonlyArray<RecordedRequest>;
  clearRequests(): void;
  advanceClock(ms: number): void;
  now(): number;
  issueToken(identityId: string, options: IssueOptions): string;
}

export function controlRoutes(hooks: ControlHooks): Route[] {
  return [
    {
      method: "GET",
      path: "/__emulator/requests",
      handler: () => ({ body: { requests: hooks.requests() } }),
    },
    {
      method: "POST",
      path: "/__emulator/requests/clear",
      handler: () => {
        hooks.clearRequests();
        return { body: { ok: true } };
      },
    },
    {
      method: "POST",
      path: "/__emulator/clock/advance",
      handler: async (ctx) => {
        const body = Checker.body(await ctx.json());
        const ms = body.nullableNumber("ms");
        if (ms === undefined || ms === null) body.custom("ms", "Required");
        body.finish();
        hooks.advanceClock(ms ?? 0);
        return { body: { now: new Date(hooks.now()).toISOString() } };
      },
    },
    {
      method: "POST",
      path: "/__emulator/tokens",
      handler: async (ctx) => {
        const body = Checker.body(await ctx.json());
        const identityId = body.string("identityId");
        const ttl = body.nullableNumber("ttl") ?? undefined;
        const maxTtl = body.nullableNumber("maxTtl") ?? undefined;
        body.finish();
        if (!ctx.rt.state.identities.has(identityId)) {
          throw notFound(`Identity with ID '${identityId}' not found`);
        }
        return { body: { accessToken: hooks.issueToken(identityId, { ttl, maxTtl }) } };
      },
    },
  ];
}
