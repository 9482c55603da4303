// Every machine-identity method, built from plain strings (tokens, keys, credentials) so that
// the same cases run in Node and, bundled, inside workerd, Deno and Bun.

import type { AuthMethod, InfisicalClient } from "@infisical-edge/core";
import { createClient } from "@infisical-edge/core";
import {
  alibabaCloudAuth,
  awsIamAuth,
  azureAuth,
  gcpIamAuth,
  gcpIdTokenAuth,
  jwtAuth,
  kubernetesAuth,
  ldapAuth,
  ociAuth,
  oidcAuth,
  renewToken,
  revokeToken,
  spiffeAuth,
  tokenInfo,
} from "../../src/index";

export interface LoginFixture {
  ids: Record<string, string>;
  project: string;
  aws: {
    accessKeyId: string;
    secretAccessKey: string;
    temporary: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
  };
  ldap: { username: string; password: string };
  alibaba: { accessKeyId: string; accessKeySecret: string };
  oci: {
    tenancyOcid: string;
    userOcid: string;
    fingerprint: string;
    region: string;
    privateKeyPem: string;
  };
  gcpServiceAccountKey: string;
  tokens: Record<"oidc" | "jwt" | "kubernetes" | "gcpIdToken" | "azure" | "spiffe", string>;
}

export interface MethodCase {
  name: string;
  path: string;
  auth: () => AuthMethod;
}

export function methodCases(f: LoginFixture): MethodCase[] {
  const { ids } = f;
  const id = (key: string) => ids[key] as string;
  return [
    {
      name: "awsIamAuth",
      path: "/api/v1/auth/aws-auth/login",
      auth: () =>
        awsIamAuth({
          identityId: id("aws"),
          credentials: { accessKeyId: f.aws.accessKeyId, secretAccessKey: f.aws.secretAccessKey },
          region: "eu-west-1",
        }),
    },
    {
      name: "awsIamAuth (temporary credentials)",
      path: "/api/v1/auth/aws-auth/login",
      auth: () =>
        awsIamAuth({ identityId: id("awsTemporary"), credentials: async () => f.aws.temporary }),
    },
    {
      name: "oidcAuth",
      path: "/api/v1/auth/oidc-auth/login",
      auth: () => oidcAuth({ identityId: id("oidc"), jwt: f.tokens.oidc }),
    },
    {
      name: "jwtAuth",
      path: "/api/v1/auth/jwt-auth/login",
      auth: () => jwtAuth({ identityId: id("jwt"), jwt: async () => f.tokens.jwt }),
    },
    {
      name: "kubernetesAuth",
      path: "/api/v1/auth/kubernetes-auth/login",
      auth: () =>
        kubernetesAuth({ identityId: id("kubernetes"), serviceAccountToken: f.tokens.kubernetes }),
    },
    {
      name: "gcpIdTokenAuth",
      path: "/api/v1/auth/gcp-auth/login",
      auth: () => gcpIdTokenAuth({ identityId: id("gcpIdToken"), jwt: f.tokens.gcpIdToken }),
    },
    {
      name: "gcpIamAuth",
      path: "/api/v1/auth/gcp-auth/login",
      auth: () =>
        gcpIamAuth({ identityId: id("gcpIam"), serviceAccountKey: f.gcpServiceAccountKey }),
    },
    {
      name: "azureAuth",
      path: "/api/v1/auth/azure-auth/login",
      auth: () => azureAuth({ identityId: id("azure"), jwt: f.tokens.azure }),
    },
    {
      name: "ldapAuth",
      path: "/api/v1/auth/ldap-auth/login",
      auth: () => ldapAuth({ identityId: id("ldap"), ...f.ldap }),
    },
    {
      name: "spiffeAuth",
      path: "/api/v1/auth/spiffe-auth/login",
      auth: () => spiffeAuth({ identityId: id("spiffe"), jwt: () => f.tokens.spiffe }),
    },
    {
      name: "ociAuth",
      path: "/api/v1/auth/oci-auth/login",
      auth: () =>
        ociAuth({
          identityId: id("oci"),
          userOcid: f.oci.userOcid,
          tenancyOcid: f.oci.tenancyOcid,
          fingerprint: f.oci.fingerprint,
          privateKey: f.oci.privateKeyPem,
          region: f.oci.region,
        }),
    },
    {
      name: "alibabaCloudAuth",
      path: "/api/v1/auth/alicloud-auth/login",
      auth: () => alibabaCloudAuth({ identityId: id("alibaba"), ...f.alibaba }),
    },
  ];
}

/**
 * AWS IAM with nothing passed: keys and region come from AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY and AWS_REGION (for runtimes that have an environment).
 */
export function environmentCase(f: LoginFixture): MethodCase {
  return {
    name: "awsIamAuth (environment variables)",
    path: "/api/v1/auth/aws-auth/login",
    auth: () => awsIamAuth({ identityId: f.ids.aws as string }),
  };
}

/** An authenticated read of the fixture project's secret `K`. */
export async function readSecret(client: InfisicalClient, project: string): Promise<string> {
  const response = await client.send({
    method: "GET",
    path: "/api/v4/secrets/K",
    query: { projectId: project, environment: "dev" },
  });
  return (response.data as { secret: { secretValue: string } }).secret.secretValue;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Logs in, reads, renews, revokes and logs in again; throws on any deviation. */
export async function exercise(
  c: MethodCase,
  f: LoginFixture,
  client: (auth: AuthMethod) => InfisicalClient,
): Promise<void> {
  const infisical = client(c.auth());
  check(tokenInfo(infisical) === undefined, "no token before the first request");
  check((await readSecret(infisical, f.project)) === "v", "the secret reads back");
  const first = tokenInfo(infisical);
  check(first !== undefined && first.expiresAt > Date.now(), "tokenInfo has an expiry after login");
  check(!JSON.stringify(first).includes("ey"), "tokenInfo holds no token");
  const renewed = await renewToken(infisical);
  check(renewed.expiresAt >= (first?.expiresAt ?? 0), "renewal keeps or extends the expiry");
  check((await readSecret(infisical, f.project)) === "v", "reads with the renewed token");
  await revokeToken(infisical);
  check(tokenInfo(infisical) === undefined, "revoke forgets the token");
  check((await readSecret(infisical, f.project)) === "v", "logs in again after revoke");
}

export interface CaseResult {
  name: string;
  ok: boolean;
  error?: string;
}

/** Runs cases against an emulator at `url` (for the runtimes). */
export async function runAll(
  url: string,
  f: LoginFixture,
  cases: MethodCase[] = methodCases(f),
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    try {
      await runCase(url, c, f);
      results.push({ name: c.name, ok: true });
    } catch (error) {
      results.push({
        name: c.name,
        ok: false,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  }
  return results;
}

export function runCase(url: string, c: MethodCase, f: LoginFixture): Promise<void> {
  return exercise(c, f, (auth) => createClient({ siteUrl: url, auth, retry: false }));
}
