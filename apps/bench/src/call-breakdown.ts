// Where a getSecret call's time goes (cache off, loopback): the SDK's fetch is wrapped to
// timestamp when the request leaves and when the response headers arrive, splitting each call
// into before the request (validation, token, URL, signals), the round trip, and after the
// headers (body read, JSON parse, response validation). Raw fetch is split the same way.

import { universalAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";
import { getSecret } from "@infisical-edge/secrets";
import type { Target } from "./contenders/types";
import type { Row } from "./report";
import { SECRET_NAME, SECRET_VALUE } from "./seed";
import { median, ratio } from "./stats";

const MEASURE = "call breakdown, p50 per phase (cache off, loopback)";
const PHASES = ["before the request", "round trip to headers", "after the headers"] as const;

interface Marks {
  sent: number;
  headers: number;
}

/** A fetch that records when it was called and when its response (headers) arrived. */
function timedFetch(marks: Marks): typeof fetch {
  return async (input, init) => {
    marks.sent = performance.now();
    const response = await fetch(input, init);
    marks.headers = performance.now();
    return response;
  };
}

export async function measureCallBreakdown(target: Target, calls: number): Promise<Row[]> {
  const marks: Marks = { sent: 0, headers: 0 };
  const client = createClient({
    siteUrl: target.siteUrl,
    fetch: timedFetch(marks),
    auth: universalAuth({ clientId: target.clientId, clientSecret: target.clientSecret }),
    cache: false,
  });
  const ours = () =>
    getSecret(client, {
      projectId: target.projectId,
      environment: "prod",
      secretName: SECRET_NAME,
    });

  const login = await fetch(`${target.siteUrl}/api/v1/auth/universal-auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ clientId: target.clientId, clientSecret: target.clientSecret }),
  });
  const headers = { authorization: `Bearer ${((await login.json()) as any).accessToken}` };
  const rawFetch = timedFetch(marks);
  const raw = async () => {
    const query = new URLSearchParams({
      projectId: target.projectId,
      environment: "prod",
      secretPath: "/",
      type: "shared",
      includeImports: "true",
      expandSecretReferences: "true",
      viewSecretValue: "true",
    });
    const response = await rawFetch(
      `${target.siteUrl}/api/v4/secrets/${encodeURIComponent(SECRET_NAME)}?${query}`,
      { headers },
    );
    return ((await response.json()) as any).secret;
  };

  const subjects = [
    ["raw fetch", raw],
    ["this SDK", ours],
  ] as const;
  const phases = subjects.map(() => PHASES.map(() => [] as number[]));
  for (let i = 0; i < calls + 300; i++) {
    for (const [s, [, run]] of subjects.entries()) {
      const started = performance.now();
      const secret = await run();
      const done = performance.now();
      if (secret.secretValue !== SECRET_VALUE) throw new Error("wrong secret value");
      if (i < 300) continue; // warm-up
      phases[s]![0]!.push(marks.sent - started);
      phases[s]![1]!.push(marks.headers - marks.sent);
      phases[s]![2]!.push(done - marks.headers);
    }
  }
  const rows: Row[] = [];
  PHASES.forEach((phase, p) => {
    const base = median(phases[0]![p]!);
    for (const [s, [subject]] of subjects.entries()) {
      const value = median(phases[s]![p]!);
      rows.push({
        measure: MEASURE,
        subject: `${subject}: ${phase}`,
        value,
        unit: "ms",
        ...(s === 0 ? {} : { baseline: "raw fetch", ratio: ratio(value, base) }),
      });
    }
  });
  return rows;
}
