import type { Contender } from "./types";

/**
 * The floor: the same requests this SDK sends (v4 routes, same query), written by hand with
 * fetch and `response.json()`. No validation, cache, retries or timeouts.
 */
export const rawFetch: Contender = rawFetchOn("v4");

/** The same read over the v3 route with the official SDK's query, its like-for-like floor. */
export const rawFetchV3: Contender = rawFetchOn("v3");

function rawFetchOn(route: "v3" | "v4"): Contender {
  return {
    name: route === "v4" ? "raw fetch" : "raw fetch, v3 route",
    async connect(target) {
      const login = await fetch(`${target.siteUrl}/api/v1/auth/universal-auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientId: target.clientId, clientSecret: target.clientSecret }),
      });
      if (!login.ok) throw new Error(`login failed: ${login.status}`);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const headers = { authorization: `Bearer ${accessToken}` };
      const flags = {
        includeImports: "true",
        expandSecretReferences: "true",
        viewSecretValue: "true",
      };
      const get = async (url: string) => {
        const res = await fetch(url, { headers });
        if (!res.ok) throw new Error(`request failed: ${res.status}`);
        return res.json() as Promise<any>;
      };
      const getV3 = async (environment: string, secretName: string) => {
        const query = new URLSearchParams({
          workspaceId: target.projectId,
          environment,
          expandSecretReferences: "true",
          viewSecretValue: "true",
        });
        const url = `${target.siteUrl}/api/v3/secrets/raw/${encodeURIComponent(secretName)}?${query}`;
        return (await get(url)).secret.secretValue as string;
      };
      return {
        async getSecret(environment, secretName) {
          if (route === "v3") return getV3(environment, secretName);
          const query = new URLSearchParams({
            projectId: target.projectId,
            environment,
            secretPath: "/",
            type: "shared",
            ...flags,
          });
          const url = `${target.siteUrl}/api/v4/secrets/${encodeURIComponent(secretName)}?${query}`;
          return (await get(url)).secret.secretValue as string;
        },
        async listSecrets(environment) {
          const query = new URLSearchParams({
            projectId: target.projectId,
            environment,
            secretPath: "/",
            recursive: "false",
            ...flags,
          });
          return (await get(`${target.siteUrl}/api/v4/secrets?${query}`)).secrets as unknown[];
        },
      };
    },
  };
}
