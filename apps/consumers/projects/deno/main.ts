// A Deno program: the packages through npm: specifiers, the Deno adapter reading Deno.env.
import { createDenoClient } from "npm:@infisical-edge/deno@^0.1.0";
import { DEMO_PROJECT_ID } from "npm:@infisical-edge/emulator@^0.1.0";
import { getSecret } from "npm:@infisical-edge/secrets@^0.1.0";

const client = createDenoClient({ cache: { ttl: 60 } });
const secret = await getSecret(client, {
  projectId: DEMO_PROJECT_ID,
  environment: "dev",
  secretName: "DATABASE_URL",
});
const value: string = secret.secretValue;
if (!value.startsWith("postgres://")) throw new Error("unexpected DATABASE_URL");
console.log("deno ok");
