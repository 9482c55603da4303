// The same Worker with the object API (@infisical-edge/sdk, shaped like the Python SDK).
import { InfisicalSDKClient } from "@infisical-edge/sdk";

interface Env {
  SITE_URL?: string;
  CLIENT_ID: string;
  CLIENT_SECRET: string;
  PROJECT_ID: string;
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const sdk = new InfisicalSDKClient({ siteUrl: env.SITE_URL });
    await sdk.auth.universalAuth.login({
      clientId: env.CLIENT_ID,
      clientSecret: env.CLIENT_SECRET,
    });
    const secret = await sdk.secrets.getSecretByName({
      projectId: env.PROJECT_ID,
      environment: "prod",
      secretName: "DATABASE_URL",
    });
    return new Response(secret.secretValue);
  },
};
