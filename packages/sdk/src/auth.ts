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
      login: async ({ token }: { token: string }): Promise<string> => {
        sw.useToken(token);
        return token;
      },
    },
    jwtAuth: via<JwtAuthOptions>(sw, jwtAuth),
    kubernetesAuth: via<KubernetesAuthOptions>(sw, kubernetesAuth),
    gcpIdTokenAuth: via<GcpIdTokenAuthOptions>(sw, gcpIdTokenAuth),
    gcpIamAuth: via<GcpIamAuthOptions>(sw, gcpIamAuth),
    azureAuth: via<AzureAuthOptions>(sw, azureAuth),
    ldapAuth: via<LdapAuthOptions>(sw, ldapAuth),
    spiffeAuth: via<SpiffeAuthOptions>(sw, spiffeAuth),
    ociAuth: via<OciAuthOptions>(sw, ociAuth),
    alibabaCloudAuth: via<AlibabaCloudAuthOptions>(sw, alibabaCloudAuth),
  };
}

export type AuthResource = ReturnType<typeof authResource>;
