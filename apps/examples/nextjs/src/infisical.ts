// One client at module scope, shared by the route handlers and the proxy. `next build` loads
// this module without credentials: envAuth() reads INFISICAL_TOKEN, or INFISICAL_CLIENT_ID
// and INFISICAL_CLIENT_SECRET, at the first request, and fails that request clearly if unset.
import { envAuth } from "@infisical-edge/auth";
import { createClient } from "@infisical-edge/core";

export const infisical = createClient({
  siteUrl: process.env.INFISICAL_SITE_URL, // unset: https://app.infisical.com
  auth: envAuth(),
  cache: { ttl: 60 },
});

export const read = { environment: "dev", secretName: "API_KEY" } as const;
