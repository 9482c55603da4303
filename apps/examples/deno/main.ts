// Deno: config from Deno.env; cache and access token in Deno KV, shared by every isolate.
//   deno run --unstable-kv --allow-net \
//     --allow-env=INFISICAL_SITE_URL,INFISICAL_CLIENT_ID,INFISICAL_CLIENT_SECRET,INFISICAL_PROJECT_ID,KV_PATH \
//     main.ts
// (From JSR: import { createDenoClient } from "jsr:@infisical-edge/deno".)
import { createDenoClient } from "@infisical-edge/deno";
import { getSecret, listSecrets } from "@infisical-edge/secrets";

// KV_PATH: a local KV file (default: Deno's own store, or Deno Deploy's KV).
const infisical = createDenoClient({ kv: { path: Deno.env.get("KV_PATH") } });
const where = { projectId: Deno.env.get("INFISICAL_PROJECT_ID") as string, environment: "dev" };

const { secrets } = await listSecrets(infisical, where);
console.log(`${secrets.length} secrets: ${secrets.map((s) => s.secretKey).join(", ")}`);
const db = await getSecret(infisical, { ...where, secretName: "DATABASE_URL" });
console.log(`DATABASE_URL = ${db.secretValue}`);
