// The `INFISICAL_*` settings every runtime adapter reads (Workers bindings, Deno.env, Bun.env),
// parsed in one place. Only named variables are read, one at a time, so Deno can grant
// `--allow-env=INFISICAL_SITE_URL,...` instead of the whole environment.

import { InfisicalValidationError } from "./errors.js";

/** The names of the `INFISICAL_*` environment variables read for the site URL and credentials. */
export const ENV_NAMES = {
  /** `INFISICAL_SITE_URL`: the site URL. */
  siteUrl: "INFISICAL_SITE_URL",
  /** `INFISICAL_CLIENT_ID`: the universal-auth client id. */
  clientId: "INFISICAL_CLIENT_ID",
  /** `INFISICAL_CLIENT_SECRET`: the universal-auth client secret. */
  clientSecret: "INFISICAL_CLIENT_SECRET",
  /** `INFISICAL_TOKEN`: an access token (token auth); wins over a client id and secret. */
  token: "INFISICAL_TOKEN",
} as const;

/** The credentials found in the settings: a client id and secret (universal auth) or a token (token auth). */
export type EnvCredentials =
  | {
      /** Universal auth: `INFISICAL_CLIENT_ID` and `INFISICAL_CLIENT_SECRET` are set. */
      kind: "universal-auth";
      /** `INFISICAL_CLIENT_ID`. */
      clientId: string;
      /** `INFISICAL_CLIENT_SECRET`. */
      clientSecret: string;
    }
  | {
      /** Token auth: `INFISICAL_TOKEN` is set. */
      kind: "token-auth";
      /** `INFISICAL_TOKEN`. */
      token: string;
    };

/** The `INFISICAL_*` settings as `readEnvConfig` parses them: the site URL and the credentials, each undefined when unset. */
export interface EnvConfig {
  /** `INFISICAL_SITE_URL`, or undefined when unset. */
  siteUrl: string | undefined;
  /** Undefined when neither a token nor a client id and secret are set. */
  credentials: EnvCredentials | undefined;
}

/**
 * Reads the settings through `get` (empty counts as unset). A token wins over a client id
 * and secret; a client id without its secret (or the reverse) is an error naming the missing one.
 */
export function readEnvConfig(get: (name: string) => unknown): EnvConfig {
  const read = (name: string) => {
    const value = get(name);
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value !== "string") {
      throw new InfisicalValidationError([{ field: name, reason: "expected a string" }]);
    }
    return value;
  };
  const siteUrl = read(ENV_NAMES.siteUrl);
  const token = read(ENV_NAMES.token);
  if (token) return { siteUrl, credentials: { kind: "token-auth", token } };
  const clientId = read(ENV_NAMES.clientId);
  const clientSecret = read(ENV_NAMES.clientSecret);
  if (clientId && clientSecret) {
    return { siteUrl, credentials: { kind: "universal-auth", clientId, clientSecret } };
  }
  if (clientId || clientSecret) {
    const missing = clientId ? ENV_NAMES.clientSecret : ENV_NAMES.clientId;
    throw new InfisicalValidationError([
      { field: missing, reason: "expected a non-empty string (client id and secret go together)" },
    ]);
  }
  return { siteUrl, credentials: undefined };
}

/** The error an adapter raises when no credentials were configured at all. */
export function missingCredentials(): InfisicalValidationError {
  return new InfisicalValidationError([
    {
      field: ENV_NAMES.clientId,
      reason: `expected ${ENV_NAMES.clientId} and ${ENV_NAMES.clientSecret}, or ${ENV_NAMES.token}, or an auth option`,
    },
  ]);
}
