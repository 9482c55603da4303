// Per-identity configuration of the machine-identity auth methods, as plain JSON so that a
// seed file can carry it. Keys are public keys (JWK) owned by the test; the secrets the
// real cloud providers would hold (AWS and Alibaba secret keys, LDAP passwords) are here
// because the emulator plays the provider too.

/** A public JWK; `kid` selects it when a token names one. */
export type PublicJwk = JsonWebKey & { kid?: string };

/** How a JWT-based method trusts tokens: keys, then bound claims. */
export interface JwtTrustConfig {
  /** The public keys that may have signed the token. */
  jwks: PublicJwk[];
  /** Required `iss`. */
  boundIssuer?: string;
  /** Accepted `aud` values (any one matches); omitted = any audience. */
  boundAudiences?: string[];
  /** Required `sub` (`*` wildcards allowed). */
  boundSubject?: string;
}

export interface AwsAuthConfig {
  /** The key pair the caller signs with; the emulator plays STS and recomputes the signature. */
  accessKeyId: string;
  secretAccessKey: string;
  /** Required X-Amz-Security-Token for temporary credentials. */
  sessionToken?: string;
  /** What STS reports as the caller. Defaults: 123456789012, arn:aws:iam::<account>:user/emulator. */
  accountId?: string;
  arn?: string;
  allowedAccountIds?: string[];
  /** `*` wildcards allowed, as on the server. */
  allowedPrincipalArns?: string[];
}

export interface KubernetesAuthConfig extends JwtTrustConfig {
  /** Namespaces allowed (from `sub` = system:serviceaccount:<namespace>:<name>). */
  allowedNamespaces?: string[];
  allowedNames?: string[];
}

export interface GcpAuthConfig {
  /** `gce`: Google-signed ID tokens (iss accounts.google.com, aud = identity id); `iam`: JWTs signed with a service-account key (sub = account email, kid = key id). */
  type: "gce" | "iam";
  jwks: PublicJwk[];
  allowedServiceAccounts?: string[];
}

export interface AzureAuthConfig {
  tenantId: string;
  /** The expected audience. */
  resource: string;
  jwks: PublicJwk[];
  /** Accepted `oid` claims; omitted = any. */
  allowedServicePrincipalIds?: string[];
}

export interface LdapAuthConfig {
  users: { username: string; password: string }[];
}

export interface SpiffeAuthConfig {
  trustDomain: string;
  jwks: PublicJwk[];
  /** SPIFFE ID patterns (`*` wildcards), e.g. `spiffe://example.org/ns/prod/*`. */
  allowedSpiffeIds: string[];
  allowedAudiences: string[];
}

export interface OciAuthConfig {
  tenancyOcid: string;
  /** The OCI users (and their API public keys) the emulator knows, as OCI would. */
  users: {
    userOcid: string;
    /** Their tenancy; default the identity's `tenancyOcid`. */
    tenancyOcid?: string;
    fingerprint: string;
    publicKeyJwk: PublicJwk;
    name: string;
  }[];
  allowedUsernames?: string[];
}

export interface AlibabaCloudAuthConfig {
  accessKeyId: string;
  accessKeySecret: string;
  /** What STS reports; default `acs:ram::1234567890123456:user/emulator`. */
  arn?: string;
  allowedArns?: string[];
}

/** The auth methods an identity has configured besides universal auth. */
export interface MachineAuthConfigs {
  /** AWS IAM auth: the key pair callers sign with and what STS reports. */
  awsAuth?: AwsAuthConfig;
  /** OIDC auth: the keys and claims a token must match. */
  oidcAuth?: JwtTrustConfig;
  /** JWT auth: the keys and claims a token must match. */
  jwtAuth?: JwtTrustConfig;
  /** Kubernetes auth: the keys, claims, namespaces and service-account names accepted. */
  kubernetesAuth?: KubernetesAuthConfig;
  /** GCP auth (ID token or IAM): the keys and service accounts accepted. */
  gcpAuth?: GcpAuthConfig;
  /** Azure auth: the tenant, audience and keys accepted. */
  azureAuth?: AzureAuthConfig;
  /** LDAP auth: the users and passwords the emulator's directory holds. */
  ldapAuth?: LdapAuthConfig;
  /** SPIFFE auth: the trust domain, keys and SPIFFE ids accepted. */
  spiffeAuth?: SpiffeAuthConfig;
  /** OCI auth: the tenancy and the users (with their public keys) the emulator knows. */
  ociAuth?: OciAuthConfig;
  /** Alibaba Cloud auth: the AccessKey pair callers sign with and what STS reports. */
  alibabaCloudAuth?: AlibabaCloudAuthConfig;
}

export const MACHINE_AUTH_KEYS = [
  "awsAuth",
  "oidcAuth",
  "jwtAuth",
  "kubernetesAuth",
  "gcpAuth",
  "azureAuth",
  "ldapAuth",
  "spiffeAuth",
  "ociAuth",
  "alibabaCloudAuth",
] as const satisfies readonly (keyof MachineAuthConfigs)[];

/** Copies the configured methods from a seed identity (deep copies: the seed stays untouched). */
export function machineAuthFromSeed(seed: MachineAuthConfigs): MachineAuthConfigs {
  const out: MachineAuthConfigs = {};
  for (const key of MACHINE_AUTH_KEYS) {
    if (seed[key] !== undefined) (out as Record<string, unknown>)[key] = structuredClone(seed[key]);
  }
  return out;
}
