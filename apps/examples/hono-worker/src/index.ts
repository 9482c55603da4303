// Hono on Cloudflare Workers: one client per isolate and bindings object, built from the
// request's bindings (INFISICAL_* vars and secrets, the INFISICAL_CACHE KV namespace); the
// execution context lets a stale cached read refresh after the answer is sent.
import { createWorkersClient } from "@infisical-edge/cloudflare";
import { getSecret } from "@infisical-edge/secrets";
import { Hono } from "hono";

type Bindings = {
  INFISICAL_PROJECT_ID: string;
  INFISICAL_SITE_URL?: string;
  INFISICAL_CLIENT_ID?: string;
  INFISICAL_CLIENT_SECRET?: string;
};

const app = new Hono<{ Bindings: Bindings }>();

app.get("/api-key", async (c) => {
  const infisical = createWorkersClient(c.env, c.executionCtx, {
    cache: { ttl: 60, staleWhileRevalidate: 300 },
  });
  const secret = await getSecret(infisical, {
    projectId: c.env.INFISICAL_PROJECT_ID,
    environment: "dev",
    secretName: "API_KEY",
  });
  // Never echo a secret: answer with what it unlocks, here just its length.
  return c.json({ apiKeyLength: secret.secretValue.length });
});

export default app;
