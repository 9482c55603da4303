// A Node ESM program as a user writes it, against the emulator at INFISICAL_SITE_URL.
import { universalAuth } from "@infisical-edge/auth";
import { createClient, InfisicalValidationError } from "@infisical-edge/core";
import { DEMO_PROJECT_ID } from "@infisical-edge/emulator";
import { getSecret, loadSecrets } from "@infisical-edge/secrets";

const client = createClient({
  siteUrl: process.env.INFISICAL_SITE_URL,
  auth: universalAuth({ clientId: "demo-client-id", clientSecret: "demo-client-secret" }),
});
const where = { projectId: DEMO_PROJECT_ID, environment: "dev" };
const secret = await getSecret(client, { ...where, secretName: "DATABASE_URL" });
if (!secret.secretValue.startsWith("postgres://")) throw new Error("unexpected DATABASE_URL");
const env = await loadSecrets(client, where);
if (!("DATABASE_URL" in env)) throw new Error("loadSecrets misses DATABASE_URL");
try {
  await getSecret(client, { ...where, secretName: "" });
  throw new Error("an empty secretName was accepted");
} catch (error) {
  if (!(error instanceof InfisicalValidationError)) throw error;
}
console.log("esm ok");
