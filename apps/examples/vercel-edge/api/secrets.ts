// Vercel Edge Function: INFISICAL_* come from the project's environment variables. The
// client lives at module scope, so a warm instance logs in once and keeps its cache; for a
// cache shared by every instance (Upstash Redis), see README.md.
import { universalAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";
import { getSecret } from "@infisical-edge/secrets";

export const config = { runtime: "edge" };

const infisical = createClient({
  siteUrl: process.env.INFISICAL_SITE_URL,
  auth: universalAuth({
    clientId: process.env.INFISICAL_CLIENT_ID as string,
    clientSecret: process.env.INFISICAL_CLIENT_SECRET as string,
  }),
  cache: { ttl: 60, staleIfError: 600 },
});

export default async function handler(_request: Request): Promise<Response> {
  const secret = await getSecret(infisical, {
    projectId: process.env.INFISICAL_PROJECT_ID as string,
    environment: "dev",
    secretName: "API_KEY",
  });
  // Never echo a secret: answer with what it unlocks, here just its length.
  return Response.json({ apiKeyLength: secret.secretValue.length });
}
