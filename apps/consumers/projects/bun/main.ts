// A Bun program: the Bun adapter reading Bun.env, with its bun:sqlite cache file.
import { createBunClient } from "@infisical-edge/bun";
import { DEMO_PROJECT_ID } from "@infisical-edge/emulator";
import { getSecret } from "@infisical-edge/secrets";

const client = createBunClient({ cacheFile: `${import.meta.dir}/cache.sqlite` });
const where = { projectId: DEMO_PROJECT_ID, environment: "dev", secretName: "DATABASE_URL" };
const secret = await getSecret(client, where);
if (!secret.secretValue.startsWith("postgres://")) throw new Error("unexpected DATABASE_URL");
console.log("bun ok");
