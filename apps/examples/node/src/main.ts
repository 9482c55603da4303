// Node.js 20+: list and read secrets. With REDIS_URL, the cache and the (sealed) access token
// are shared through Redis, and a short Redis lock lets one process load what all need.
import { universalAuth } from "@infisical-edge/auth";
import { createClient, lockedStorage, redisLock, sealedTokenStore } from "@infisical-edge/core";
import { getSecret, listSecrets } from "@infisical-edge/secrets";
import { createStorage } from "unstorage";
import redisDriver from "unstorage/drivers/redis";

const env = process.env;
const base = env.REDIS_BASE ?? "";
const driver = env.REDIS_URL ? redisDriver({ url: env.REDIS_URL, base }) : undefined;
const redis = driver && createStorage({ driver });
const lock = driver && redisLock(driver.getInstance!(), { prefix: `${base}:ie1-lock:` });
const storage = redis && lock && lockedStorage(redis, { lock });
const clientSecret = env.INFISICAL_CLIENT_SECRET as string;
const infisical = createClient({
  siteUrl: env.INFISICAL_SITE_URL,
  auth: universalAuth({ clientId: env.INFISICAL_CLIENT_ID as string, clientSecret }),
  cache: { ttl: 60, storage },
  tokenStore: storage && sealedTokenStore({ storage, secret: clientSecret }),
});

const where = { projectId: env.INFISICAL_PROJECT_ID as string, environment: "dev" };
const { secrets } = await listSecrets(infisical, where);
console.log(`${secrets.length} secrets: ${secrets.map((s) => s.secretKey).join(", ")}`);
const db = await getSecret(infisical, { ...where, secretName: "DATABASE_URL" });
console.log(`DATABASE_URL = ${db.secretValue}`);
await redis?.dispose();
