import { universalAuth } from "@infisical-edge/auth";
import { type ClientConfig, createClient } from "@infisical-edge/core";
import { createEmulator, type EmulatorSeed } from "@infisical-edge/emulator";

export const KMS_PROJECT_ID = "5e1a7c2d-4b3f-4a6e-9d8c-000000000001";
export const SECRETS_PROJECT_ID = "5e1a7c2d-4b3f-4a6e-9d8c-000000000002";
export const CLIENT_ID = "kms-test-client";
export const CLIENT_SECRET = "cs-kms-5b4a39281706";

export const seed: EmulatorSeed = {
  identities: [
    {
      id: "5e1a7c2d-4b3f-4a6e-9d8c-0000000000a1",
      name: "kms-tests",
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      projects: [KMS_PROJECT_ID, SECRETS_PROJECT_ID],
    },
  ],
  projects: [
    { id: KMS_PROJECT_ID, slug: "keys", type: "kms", environments: [] },
    { id: SECRETS_PROJECT_ID, slug: "app", type: "secret-manager" },
  ],
};

export function setup(config: Partial<ClientConfig> = {}) {
  const emulator = createEmulator({ seed });
  const client = createClient({
    siteUrl: "http://emulator.localhost",
    fetch: emulator.fetch,
    auth: universalAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
    ...config,
  });
  return { emulator, client };
}

/** Requests the SDK sent to one KMS action (`encrypt`, `decrypt`, `public-key`...). */
export const actionPath = (action: string) => new RegExp(`^/api/v1/kms/keys/[^/]+/${action}$`);

/** `n` deterministic bytes. */
export function bytes(n: number, seedByte = 7): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seedByte) & 0xff;
  return out;
}

/** Byte equality without Vitest's deep diff, which is slow on megabytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
