// A CommonJS program: require() of the ESM-only packages (Node 20.19+, 22.12+, 24).
const { universalAuth } = require("@infisical-edge/auth");
const { createClient } = require("@infisical-edge/core");
const { DEMO_PROJECT_ID } = require("@infisical-edge/emulator");
const { getSecret } = require("@infisical-edge/secrets");

const client = createClient({
  siteUrl: process.env.INFISICAL_SITE_URL,
  auth: universalAuth({ clientId: "demo-client-id", clientSecret: "demo-client-secret" }),
});
getSecret(client, { projectId: DEMO_PROJECT_ID, environment: "dev", secretName: "DATABASE_URL" })
  .then((secret) => {
    if (!secret.secretValue.startsWith("postgres://")) throw new Error("unexpected value");
    console.log("require ok");
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
