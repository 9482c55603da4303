// A Worker as a user writes it: the Workers adapter, configured from bindings.
import { createWorkersClient } from "@infisical-edge/cloudflare";
import { getSecret } from "@infisical-edge/secrets";

interface Env {
  INFISICAL_SITE_URL: string;
  INFISICAL_CLIENT_ID: string;
  INFISICAL_CLIENT_SECRET: string;
  PROJECT_ID: string;
  INFISICAL_CACHE: KVNamespace;
}

export default {
  async fetch(_request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const client = createWorkersClient(env, ctx);
    const secret = await getSecret(client, {
      projectId: env.PROJECT_ID,
      environment: "dev",
      secretName: "DATABASE_URL",
    });
    return new Response(secret.secretValue.split(":")[0]);
  },
} satisfies ExportedHandler<Env>;
