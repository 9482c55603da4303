// A Cloudflare Worker that reads secrets through the SDK, caching them in Workers KV.
// The client lives at module scope, so one isolate logs in once and reuses its token.

import type { KVNamespace } from "@cloudflare/workers-types";
import { universalAuth } from "@infisical-edge/auth";
import { createClient, type InfisicalClient } from "@infisical-edge/core";
import { getSecret, loadSecrets } from "@infisical-edge/secrets";
import { createStorage } from "unstorage";
import cloudflareKVBinding from "unstorage/drivers/cloudflare-kv-binding";

interface Env {
  INFISICAL_SITE_URL: string;
  INFISICAL_CLIENT_ID: string;
  INFISICAL_CLIENT_SECRET: string;
  INFISICAL_PROJECT_ID: string;
  INFISICAL_CACHE: KVNamespace;
}

let client: InfisicalClient | undefined;

function infisical(env: Env): InfisicalClient {
  client ??= createClient({
    siteUrl: env.INFISICAL_SITE_URL,
    auth: universalAuth({
      clientId: env.INFISICAL_CLIENT_ID,
      clientSecret: env.INFISICAL_CLIENT_SECRET,
    }),
    cache: {
      ttl: 60,
      storage: createStorage({ driver: cloudflareKVBinding({ binding: env.INFISICAL_CACHE }) }),
    },
  });
  return client;
}

async function timed<T>(read: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await read();
  return { value, ms: Math.round((performance.now() - started) * 100) / 100 };
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const sdk = infisical(env);
    const where = { projectId: env.INFISICAL_PROJECT_ID, environment: "dev" };
    const first = await timed(() => getSecret(sdk, { ...where, secretName: "DATABASE_URL" }));
    const second = await timed(() => getSecret(sdk, { ...where, secretName: "DATABASE_URL" }));
    const all = await loadSecrets(sdk, where);
    return Response.json({
      databaseUrl: first.value.secretValue,
      firstReadMs: first.ms,
      secondReadMs: second.ms,
      secrets: all,
    });
  },
};
