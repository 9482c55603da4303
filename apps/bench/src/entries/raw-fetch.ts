// The baseline: the same Worker written by hand with fetch, no SDK (no cache, no retries,
// no validation).
interface Env {
  SITE_URL?: string;
  CLIENT_ID: string;
  CLIENT_SECRET: string;
  PROJECT_ID: string;
}

export default {
  async fetch(_request: Request, env: Env): Promise<Response> {
    const site = env.SITE_URL ?? "https://app.infisical.com";
    const login = await fetch(`${site}/api/v1/auth/universal-auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ clientId: env.CLIENT_ID, clientSecret: env.CLIENT_SECRET }),
    });
    if (!login.ok) throw new Error(`login failed: ${login.status}`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const query = new URLSearchParams({ projectId: env.PROJECT_ID, environment: "prod" });
    const res = await fetch(`${site}/api/v4/secrets/DATABASE_URL?${query}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (!res.ok) throw new Error(`read failed: ${res.status}`);
    const { secret } = (await res.json()) as { secret: { secretValue: string } };
    return new Response(secret.secretValue);
  },
};
