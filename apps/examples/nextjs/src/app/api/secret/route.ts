// An Edge route handler reading a secret through the module-scope client.
import { getSecret } from "@infisical-edge/secrets";
import { infisical, read } from "../../../infisical";

export const runtime = "edge";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const secret = await getSecret(infisical, {
    projectId: process.env.INFISICAL_PROJECT_ID!,
    ...read,
  });
  // Never echo a secret: answer with what it unlocks, here just its length.
  return Response.json({ apiKeyLength: secret.secretValue.length, runtime: "edge" });
}
