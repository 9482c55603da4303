// The same Worker with the official @infisical/sdk (it talks to the v3 routes).
import { InfisicalSDK } from "@infisical/sdk";

interface Env {
  SITE_URL?: string;
  CLIENT_ID: string;
  CLIENT_SECRET: string;
  PROJECT_ID: string;
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const sdk = new InfisicalSDK({ siteUrl: env.SITE_URL ?? "https://app.infisical.com" });
    await sdk
      .auth()
      .universalAuth.login({ clientId: env.CLIENT_ID, clientSecret: env.CLIENT_SECRET });
    const secret = await sdk.secrets().getSecret({
      projectId: env.PROJECT_ID,
      environment: "prod",
      secretName: "DATABASE_URL",
    });
    return new Response(secret.secretValue);
  },
};
