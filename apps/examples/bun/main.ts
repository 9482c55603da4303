// Bun: config from Bun.env (INFISICAL_SITE_URL, INFISICAL_CLIENT_ID, INFISICAL_CLIENT_SECRET);
// cache and sealed access token in a bun:sqlite file, so a restart logs in and reads again
// only once entries expire.   bun run main.ts
import { createBunClient } from "@infisical-edge/bun";
import { getSecret, listSecrets } from "@infisical-edge/secrets";

const cacheFile = Bun.env.INFISICAL_CACHE_FILE ?? "infisical-cache.sqlite";
const infisical = createBunClient({ cacheFile });
const where = { projectId: Bun.env.INFISICAL_PROJECT_ID as string, environment: "dev" };

const { secrets } = await listSecrets(infisical, where);
console.log(`${secrets.length} secrets: ${secrets.map((s) => s.secretKey).join(", ")}`);
const db = await getSecret(infisical, { ...where, secretName: "DATABASE_URL" });
console.log(`DATABASE_URL = ${db.secretValue}`);
