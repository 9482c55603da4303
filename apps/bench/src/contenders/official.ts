import { InfisicalSDK } from "@infisical/sdk";
import type { Contender } from "./types";

/** The official @infisical/sdk (v3 routes, no cache, no response validation). */
export const official: Contender = {
  name: "official SDK",
  async connect(target) {
    const sdk = new InfisicalSDK({ siteUrl: target.siteUrl });
    await sdk.auth().universalAuth.login({
      clientId: target.clientId,
      clientSecret: target.clientSecret,
    });
    const { projectId } = target;
    return {
      async getSecret(environment, secretName) {
        return (await sdk.secrets().getSecret({ projectId, environment, secretName })).secretValue;
      },
      async listSecrets(environment) {
        return (await sdk.secrets().listSecrets({ projectId, environment })).secrets;
      },
    };
  },
};
