// Same Worker with unstorage's memory driver as the cache instead of the built-in map.
import { universalAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";
import { getSecret } from "@infisical-edge/secrets";
import { createStorage } from "unstorage";
import memoryDriver from "unstorage/drivers/memory";

interface Env {
  CLIENT_ID: string;
  CLIENT_SECRET: string;
  PROJECT_ID: string;
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const client = createClient({
      auth: universalAuth({ clientId: env.CLIENT_ID, clientSecret: env.CLIENT_SECRET }),
      cache: { storage: createStorage({ driver: memoryDriver() }) },
    });
    const secret = await getSecret(client, {
      projectId: env.PROJECT_ID,
      environment: "prod",
      secretName: "DATABASE_URL",
    });
    return new Response(secret.secretValue);
  },
};
