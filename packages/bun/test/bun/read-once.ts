// One short-lived process: reads API_KEY through a SQLite cache file given as argument and
// prints it. Run twice on one file, the second run must reuse the token and the cached read.
import { getSecret } from "@infisical-edge/secrets";
import { createBunClient } from "../../src/index";

const client = createBunClient({ cacheFile: process.argv[2] as string });
const secret = await getSecret(client, {
  projectId: Bun.env.IE_PROJECT_ID as string,
  environment: "dev",
  secretName: "API_KEY",
});
console.log(secret.secretValue);
