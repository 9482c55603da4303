// The Worker users write: log in with universal auth, read one secret.
import { universalAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";
import { getSecret } from "@infisical-edge/secrets";

interface Env {
  /** Default https://app.infisical.com; the benchmarks point it at the emulator. */
  SITE_URL?: string;
  CLIENT_ID: string;
  CLIENT_SECRET: string;
  PROJECT_ID: string;
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const client = createClient({
      siteUrl: env.SITE_URL,
      auth: universalAuth({ clientId: env.CLIENT_ID, clientSecret: env.CLIENT_SECRET }),
    });
    const secret = await getSecret(client, {
      projectId: env.PROJECT_ID,
      environment: "prod",
      secretName: "DATABASE_URL",
    });
    return new Response(secret.secretValue);
  },
};
