// Must compile: every package's main entry, with real types.
import { universalAuth } from "@infisical-edge/auth";
import { createBunClient } from "@infisical-edge/bun";
import { createWorkersClient } from "@infisical-edge/cloudflare";
import { createClient, type InfisicalClient, InfisicalError } from "@infisical-edge/core";
import { createLease } from "@infisical-edge/dynamic-secrets";
import { createEmulator } from "@infisical-edge/emulator";
import { listFolders } from "@infisical-edge/folders";
import { encrypt } from "@infisical-edge/kms";
import { InfisicalSDKClient } from "@infisical-edge/sdk";
import { getSecret, type Secret } from "@infisical-edge/secrets";

export const used = [createBunClient, createWorkersClient, createLease];
export const more = [listFolders, encrypt, InfisicalSDKClient, createEmulator, InfisicalError];

export async function read(client: InfisicalClient): Promise<string> {
  const secret: Secret = await getSecret(client, {
    projectId: "p",
    environment: "dev",
    secretName: "DATABASE_URL",
  });
  const value: string = secret.secretValue;
  return value;
}

export const client: InfisicalClient = createClient({
  auth: universalAuth({ clientId: "id", clientSecret: "secret" }),
});
