// The auth method a runtime adapter builds from `INFISICAL_*` settings (core's
// readEnvConfig), shared by the Workers, Deno and Bun adapters.

import type { AuthMethod } from "@infisical-edge/core";
import { type EnvCredentials, missingCredentials } from "@infisical-edge/core/internal";
import { tokenAuth } from "./token-auth.js";
import { universalAuth } from "./universal-auth.js";

export interface EnvAuth {
  auth: AuthMethod;
  /** The client secret, when the method came from the settings and is universal auth. */
  secret: string | undefined;
}

/** `auth` when given; otherwise token or universal auth from the settings (else an error). */
export function authFromEnv(credentials: EnvCredentials | undefined, auth?: AuthMethod): EnvAuth {
  if (auth) return { auth, secret: undefined };
  if (!credentials) throw missingCredentials();
  return credentials.kind === "token-auth"
    ? { auth: tokenAuth(credentials.token), secret: undefined }
    : { auth: universalAuth(credentials), secret: credentials.clientSecret };
}
