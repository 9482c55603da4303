// Cloudflare Worker: config from bindings, cache and access token in Workers KV
// (INFISICAL_CACHE); an expired entry is served at once while ctx.waitUntil refreshes it.
import type { ExecutionContext, KVNamespace } from "@cloudflare/workers-types";
import { createWorkersClient } from "@infisical-edge/cloudflare";
import { getSecret } from "@infisical-edge/secrets";

interface Env {
  INFISICAL_PROJECT_ID: string;
  INFISICAL_CACHE: KVNamespace;
}

export default {
  async fetch(_request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    let stale = false;
    const infisical = createWorkersClient(env, ctx, {
      cache: {
        ttl: 60,
        staleWhileRevalidate: 300,
        staleIfError: 3600,
        onStale: () => (stale = true),
      },
    });
    const secret = await getSecret(infisical, {
      projectId: env.INFISICAL_PROJECT_ID,
      environment: "dev",
      secretName: "API_KEY",
    });
    // Never echo a secret: answer with what it unlocks, here just its length.
    return Response.json({ apiKeyLength: secret.secretValue.length, stale });
  },
};
