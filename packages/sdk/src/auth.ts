// `sdk.auth`: one entry per login method, each `login(...)` logging in at once and switching
// the SDK object to that method (later calls renew or log in again as needed).

import {
  type AlibabaCloudAuthOptions,
  type AwsIamAuthOptions,
  type AzureAuthOptions,
  alibabaCloudAuth,
  awsIamAuth,
  azureAuth,
  type GcpIamAuthOptions,
  type GcpIdTokenAuthOptions,
  gcpIamAuth,
  gcpIdTokenAuth,
  type JwtAuthOptions,
  jwtAuth,
  type KubernetesAuthOptions,
  kubernetesAuth,
  type LdapAuthOptions,
  ldapAuth,
  type OciAuthOptions,
  type OidcAuthOptions,
  ociAuth,
  oidcAuth,
  type SpiffeAuthOptions,
  spiffeAuth,
  type UniversalAuthOptions,
  universalAuth,
} from "@infisical-edge/auth";
import type { AccessToken, AuthMethod } from "@infisical-edge/core";
import type { SignalOption } from "./options.js";

/** Python `MachineIdentityLoginResponse`: `accessToken`, `expiresIn`, `accessTokenMaxTTL`, `tokenType`. */
export type MachineIdentityLoginResponse = AccessToken;

/** What the SDK object does with a method: log in with it and use it from now on. */
export interface AuthSwitch {
  login(method: AuthMethod, signal?: AbortSignal): Promise<AccessToken>;
  useToken(token: string): void;
}

interface Login<O> {
  login(options: O & SignalOption): Promise<MachineIdentityLoginResponse>;
}

function via<O>(sw: AuthSwitch, make: (options: O) => AuthMethod): Login<O> {
  return {
    login: ({ signal, ...options }) => sw.login(make(options as O), signal),
  };
}

export function authResource(sw: AuthSwitch) {
  return {
    /** Python `universal_auth.login(client_id, client_secret)`. */
    universalAuth: via<UniversalAuthOptions>(sw, universalAuth),
    /** Python `aws_auth.login(identity_id)`; credentials default to the AWS_* variables. */
    awsAuth: via<AwsIamAuthOptions>(sw, awsIamAuth),
    /** Python `oidc_auth.login(identity_id, jwt)`. */
    oidcAuth: via<OidcAuthOptions>(sw, oidcAuth),
    /** Python `token_auth.login(token)`: no request; answers the token, as Python does. */
    tokenAuth: {
      /** Uses `token` for every request from now on; resolves to it. */
      login: async ({ token }: { token: string }): Promise<string> => {
        sw.useToken(token);
        return token;
      },
    },
    /** JWT auth (`jwtAuth` of `@infisical-edge/auth`; no Python counterpart). */
    jwtAuth: via<JwtAuthOptions>(sw, jwtAuth),
    /** Kubernetes auth (`kubernetesAuth` of `@infisical-edge/auth`; no Python counterpart). */
    kubernetesAuth: via<KubernetesAuthOptions>(sw, kubernetesAuth),
    /** GCP ID-token auth (`gcpIdTokenAuth`; no Python counterpart); the token defaults to the metadata server's. */
    gcpIdTokenAuth: via<GcpIdTokenAuthOptions>(sw, gcpIdTokenAuth),
    /** GCP IAM auth with a service-account key (`gcpIamAuth`; no Python counterpart). */
    gcpIamAuth: via<GcpIamAuthOptions>(sw, gcpIamAuth),
    /** Azure auth (`azureAuth`; no Python counterpart); the token defaults to the managed identity's. */
    azureAuth: via<AzureAuthOptions>(sw, azureAuth),
    /** LDAP auth with a user name and password (`ldapAuth`; no Python counterpart). */
    ldapAuth: via<LdapAuthOptions>(sw, ldapAuth),
    /** SPIFFE auth with a JWT-SVID (no Python counterpart). */
    spiffeAuth: via<SpiffeAuthOptions>(sw, spiffeAuth),
    /** OCI auth with an API key's signature (no Python counterpart). */
    ociAuth: via<OciAuthOptions>(sw, ociAuth),
    /** Alibaba Cloud auth with a RAM AccessKey (no Python counterpart). */
    alibabaCloudAuth: via<AlibabaCloudAuthOptions>(sw, alibabaCloudAuth),
  };
}

/** `sdk.auth`: one `login` per auth method; the client then uses that method. */
export type AuthResource = ReturnType<typeof authResource>;
