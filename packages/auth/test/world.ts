// One emulator world with every machine-identity auth method configured, and the key pairs
// the test owns (the emulator trusts their public halves, the tests sign with the private
// ones). Signing goes through `jose`, independent of the SDK code under test.

import { createEmulator, type Emulator, type EmulatorSeed } from "@infisical-edge/emulator";
import { exportJWK, exportPKCS8, generateKeyPair, type JWTPayload, SignJWT } from "jose";

export const PROJECT = "5b0d3c1e-0000-4000-8000-00000000a000";
export const ids = {
  aws: "5b0d3c1e-0000-4000-8000-00000000a001",
  awsTemporary: "5b0d3c1e-0000-4000-8000-00000000a002",
  oidc: "5b0d3c1e-0000-4000-8000-00000000a003",
  jwt: "5b0d3c1e-0000-4000-8000-00000000a004",
  kubernetes: "5b0d3c1e-0000-4000-8000-00000000a005",
  gcpIam: "5b0d3c1e-0000-4000-8000-00000000a006",
  gcpIdToken: "5b0d3c1e-0000-4000-8000-00000000a007",
  azure: "5b0d3c1e-0000-4000-8000-00000000a008",
  ldap: "5b0d3c1e-0000-4000-8000-00000000a009",
  spiffe: "5b0d3c1e-0000-4000-8000-00000000a010",
  oci: "5b0d3c1e-0000-4000-8000-00000000a011",
  alibaba: "5b0d3c1e-0000-4000-8000-00000000a012",
  /** Exists, but has no machine-identity method configured. */
  bare: "5b0d3c1e-0000-4000-8000-00000000a0ff",
} as const;

export const UNKNOWN_IDENTITY = "5b0d3c1e-0000-4000-8000-0000000dead0";

export const aws = {
  accessKeyId: "AKIAEMULATOR00000001",
  secretAccessKey: "wJalrEmulatorSecretKey/0123456789+abcdefg",
  temporary: {
    accessKeyId: "ASIAEMULATOR00000002",
    secretAccessKey: "tmpEmulatorSecretKey/0123456789+abcdefgh",
    sessionToken: "IQoJb3JpZ2luX2VjEmulatorSessionToken0123456789==",
  },
  accountId: "111122223333",
  arn: "arn:aws:sts::111122223333:assumed-role/app-role/session-1",
};
export const ldap = { username: "svc-app", password: "ldap-pass-0123456789" };
export const alibaba = {
  accessKeyId: "LTAI5tEmulator0001",
  accessKeySecret: "alibaba-secret-0123456789",
};
export const oci = {
  tenancyOcid: "ocid1.tenancy.oc1..aaaaaaaaemulatortenancy",
  userOcid: "ocid1.user.oc1..aaaaaaaaemulatoruser",
  fingerprint: "12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0",
  region: "us-ashburn-1",
};
export const gcp = {
  clientEmail: "app@proj-1.iam.gserviceaccount.com",
  privateKeyId: "0123456789abcdef0123456789abcdef01234567",
};
export const azure = {
  tenantId: "3f1e0000-0000-4000-8000-00000000face",
  oid: "9c2e0000-0000-4000-8000-0000000000a1",
};
export const issuers = {
  oidc: "https://token.actions.example.test",
  jwt: "https://jwt-issuer.example.test",
  kubernetes: "https://kubernetes.default.svc.cluster.local",
};

async function rsaKeyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  return {
    kid,
    privateKey,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" },
    pkcs8Pem: await exportPKCS8(privateKey),
  };
}

async function ecKeyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: "ES256" } };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

export async function createWorld() {
  const keys = {
    oidc: await rsaKeyPair("oidc-key-1"),
    jwt: await ecKeyPair("jwt-key-1"),
    kubernetes: await rsaKeyPair("k8s-key-1"),
    gcpServiceAccount: await rsaKeyPair(gcp.privateKeyId),
    google: await rsaKeyPair("google-key-1"),
    azure: await rsaKeyPair("azure-key-1"),
    spiffe: await ecKeyPair("spiffe-key-1"),
    oci: await rsaKeyPair("oci"),
    /** Trusted by nobody: signs forged tokens. */
    stranger: await rsaKeyPair("oidc-key-1"),
  };

  const sign = (
    key: { privateKey: CryptoKey; kid: string },
    alg: "RS256" | "ES256",
    claims: JWTPayload,
    lifetime: number | string = "1h",
  ) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg, kid: key.kid, typ: "JWT" })
      .setIssuedAt(now)
      .setExpirationTime(typeof lifetime === "number" ? now + lifetime : lifetime)
      .sign(key.privateKey);
  };

  /** Token makers: valid by default, each claim overridable, `lifetime` < 0 for an expired token. */
  const tokens = {
    oidc: (claims: JWTPayload = {}, lifetime?: number) =>
      sign(
        keys.oidc,
        "RS256",
        { iss: issuers.oidc, aud: "infisical", sub: "repo:acme/api:ref:main", ...claims },
        lifetime,
      ),
    forgedOidc: () =>
      sign(keys.stranger, "RS256", {
        iss: issuers.oidc,
        aud: "infisical",
        sub: "repo:acme/api:ref:main",
      }),
    jwt: (claims: JWTPayload = {}, lifetime?: number) =>
      sign(
        keys.jwt,
        "ES256",
        { iss: issuers.jwt, aud: "infisical-jwt", sub: "svc-billing", ...claims },
        lifetime,
      ),
    kubernetes: (claims: JWTPayload = {}, lifetime?: number) =>
      sign(
        keys.kubernetes,
        "RS256",
        {
          iss: issuers.kubernetes,
          aud: ["https://kubernetes.default.svc"],
          sub: "system:serviceaccount:apps:api",
          ...claims,
        },
        lifetime,
      ),
    gcpIdToken: (claims: JWTPayload = {}, lifetime?: number) =>
      sign(
        keys.google,
        "RS256",
        {
          iss: "https://accounts.google.com",
          aud: ids.gcpIdToken,
          email: gcp.clientEmail,
          sub: "1098",
          ...claims,
        },
        lifetime,
      ),
    azure: (claims: JWTPayload = {}, lifetime?: number) =>
      sign(
        keys.azure,
        "RS256",
        {
          iss: `https://sts.windows.net/${azure.tenantId}/`,
          aud: "https://management.azure.com/",
          oid: azure.oid,
          tid: azure.tenantId,
          ...claims,
        },
        lifetime,
      ),
    spiffe: (claims: JWTPayload = {}, lifetime?: number) =>
      sign(
        keys.spiffe,
        "ES256",
        { aud: "infisical", sub: "spiffe://example.org/ns/prod/sa/api", ...claims },
        lifetime,
      ),
  };

  const member = { projects: [PROJECT], accessTokenTTL: 600, accessTokenMaxTTL: 3600 };
  const seed: EmulatorSeed = {
    projects: [
      {
        id: PROJECT,
        slug: "machine-auth",
        environments: [{ slug: "dev", name: "Dev" }],
        secrets: [{ environment: "dev", key: "K", value: "v" }],
      },
    ],
    identities: [
      {
        id: ids.aws,
        ...member,
        awsAuth: {
          accessKeyId: aws.accessKeyId,
          secretAccessKey: aws.secretAccessKey,
          accountId: aws.accountId,
          arn: aws.arn,
          allowedAccountIds: [aws.accountId],
          allowedPrincipalArns: ["arn:aws:iam::111122223333:role/app-*"],
        },
      },
      {
        id: ids.awsTemporary,
        ...member,
        awsAuth: { ...aws.temporary, accountId: aws.accountId },
      },
      {
        id: ids.oidc,
        ...member,
        oidcAuth: {
          jwks: [keys.oidc.publicJwk],
          boundIssuer: issuers.oidc,
          boundAudiences: ["infisical"],
          boundSubject: "repo:acme/*",
        },
      },
      {
        id: ids.jwt,
        ...member,
        jwtAuth: {
          jwks: [keys.jwt.publicJwk],
          boundIssuer: issuers.jwt,
          boundAudiences: ["infisical-jwt"],
        },
      },
      {
        id: ids.kubernetes,
        ...member,
        kubernetesAuth: {
          jwks: [keys.kubernetes.publicJwk],
          boundIssuer: issuers.kubernetes,
          allowedNamespaces: ["apps"],
          allowedNames: ["api"],
        },
      },
      {
        id: ids.gcpIam,
        ...member,
        gcpAuth: {
          type: "iam",
          jwks: [keys.gcpServiceAccount.publicJwk],
          allowedServiceAccounts: [gcp.clientEmail],
        },
      },
      {
        id: ids.gcpIdToken,
        ...member,
        gcpAuth: {
          type: "gce",
          jwks: [keys.google.publicJwk],
          allowedServiceAccounts: [gcp.clientEmail],
        },
      },
      {
        id: ids.azure,
        ...member,
        azureAuth: {
          tenantId: azure.tenantId,
          resource: "https://management.azure.com/",
          jwks: [keys.azure.publicJwk],
          allowedServicePrincipalIds: [azure.oid],
        },
      },
      { id: ids.ldap, ...member, ldapAuth: { users: [ldap] } },
      {
        id: ids.spiffe,
        ...member,
        spiffeAuth: {
          trustDomain: "example.org",
          jwks: [keys.spiffe.publicJwk],
          allowedSpiffeIds: ["spiffe://example.org/ns/prod/*"],
          allowedAudiences: ["infisical"],
        },
      },
      {
        id: ids.oci,
        ...member,
        ociAuth: {
          tenancyOcid: oci.tenancyOcid,
          users: [
            {
              userOcid: oci.userOcid,
              fingerprint: oci.fingerprint,
              publicKeyJwk: keys.oci.publicJwk,
              name: "svc",
            },
          ],
          allowedUsernames: ["svc"],
        },
      },
      {
        id: ids.alibaba,
        ...member,
        alibabaCloudAuth: {
          ...alibaba,
          arn: "acs:ram::1234567890123456:role/app",
          allowedArns: ["acs:ram::1234567890123456:role/app"],
        },
      },
      { id: ids.bare, ...member },
    ],
  };

  const gcpServiceAccountKey = {
    type: "service_account",
    client_email: gcp.clientEmail,
    private_key_id: gcp.privateKeyId,
    private_key: keys.gcpServiceAccount.pkcs8Pem,
  };

  return { keys, tokens, seed, gcpServiceAccountKey, ociPrivateKeyPem: keys.oci.pkcs8Pem };
}

export function emulatorFor(world: World): Emulator {
  return createEmulator({ seed: world.seed });
}
