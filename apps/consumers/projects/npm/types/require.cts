// A CommonJS TypeScript module importing the ESM packages (TypeScript 5.8+ under nodenext).
import { createClient } from "@infisical-edge/core";
import { getSecret } from "@infisical-edge/secrets";

export async function read(): Promise<string> {
  const client = createClient({});
  const secret = await getSecret(client, { projectId: "p", environment: "dev", secretName: "X" });
  return secret.secretValue;
}
