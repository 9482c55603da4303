import type { EmulatorSeed } from "@infisical-edge/emulator";

export const KMS_PROJECT_ID = "5e1a7c2d-4b3f-4a6e-9d8c-00000000e2e1";
export const CLIENT_ID = "kms-workerd-client";
export const CLIENT_SECRET = "cs-kms-workerd-81706";

export const seed: EmulatorSeed = {
  identities: [
    {
      id: "5e1a7c2d-4b3f-4a6e-9d8c-0000000000b1",
      name: "kms-workerd",
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      projects: [KMS_PROJECT_ID],
    },
  ],
  projects: [{ id: KMS_PROJECT_ID, slug: "keys", type: "kms", environments: [] }],
};
