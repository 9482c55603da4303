// A Node.js route handler (the default runtime) on the same module-scope client.
import { getSecret } from "@infisical-edge/secrets";
import { infisical } from "../../../infisical";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const secret = await getSecret(infisical, {
    projectId: process.env.INFISICAL_PROJECT_ID!,
    environment: "dev",
    secretName: "DATABASE_URL",
  });
  return Response.json({ databaseUrlLength: secret.secretValue.length, runtime: "nodejs" });
}
