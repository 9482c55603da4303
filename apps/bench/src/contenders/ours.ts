import { universalAuth } from "@infisical-edge/auth";
import { type ClientConfig, createClient } from "@infisical-edge/core";
import { getSecret, listSecrets } from "@infisical-edge/secrets";
import type { Contender } from "./types";

/** This SDK, modular imports. The cache is off unless asked for (`cache: true`). */
export const ours: Contender = {
  name: "this SDK",
  async connect(target, options = {}) {
    const session = oursWith(target, options.cache ? { ttl: 60 } : false);
    if (options.login) await session.client.session.token();
    return session;
  },
};

/** Same, with any cache configuration (the cache benchmark passes storages). */
export function oursWith(
  target: Parameters<Contender["connect"]>[0],
  cache: ClientConfig["cache"],
) {
  const client = createClient({
    siteUrl: target.siteUrl,
    auth: universalAuth({ clientId: target.clientId, clientSecret: target.clientSecret }),
    cache,
  });
  const { projectId } = target;
  return {
    client,
    async getSecret(environment: string, secretName: string) {
      return (await getSecret(client, { projectId, environment, secretName })).secretValue;
    },
    async listSecrets(environment: string) {
      return (await listSecrets(client, { projectId, environment })).secrets;
    },
  };
}
