// Auth methods built from the `INFISICAL_*` settings (core's readEnvConfig): `authFromEnv`
// for runtime adapters that read their settings up front (Workers, Deno, Bun), and `envAuth`
// for clients made at module scope, which must not need credentials until the first request
// (`next build` loads every route module without them).

import {
  type AuthMethod,
  type EnvCredentials,
  missingCredentials,
  readEnvConfig,
} from "@infisical-edge/core";
import { parseOptions } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { readEnv } from "./runtime-env.js";
import { tokenAuth } from "./token-auth.js";
import { universalAuth } from "./universal-auth.js";

/**
 * What {@link authFromEnv} returns: the auth method, and the secret a token store may seal with.
 */
export interface EnvAuth {
  /** The auth method to give to `createClient({ auth })`. */
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

/** Options of `envAuth`: where it reads the `INFISICAL_*` settings from. */
export interface EnvAuthOptions {
  /**
   * Reads one setting by name. Default: `process.env` (Node, Bun, Next.js, Vercel) or
   * `Deno.env`; on Workers pass the bindings, e.g. `(name) => env[name]`.
   */
  get?: (name: string) => unknown;
}

const Options = v.optional(
  v.object({
    get: v.optional(
      v.custom<(name: string) => unknown>((value) => typeof value === "function", "a function"),
    ),
  }),
  {},
);

/**
 * Token or universal auth from INFISICAL_TOKEN, or INFISICAL_CLIENT_ID and
 * INFISICAL_CLIENT_SECRET, read at the first login rather than here. Missing or half-set
 * settings fail that first call with an InfisicalValidationError naming the variable; once
 * read, the method is kept.
 */
export function envAuth(options?: EnvAuthOptions): AuthMethod {
  const get = parseOptions(Options, options).get ?? readEnv;
  let resolved: AuthMethod | undefined;
  const method = (): AuthMethod => {
    if (resolved) return resolved;
    const { credentials } = readEnvConfig(get);
    resolved = authFromEnv(credentials).auth;
    return resolved;
  };
  /** The method when the settings are complete; the error waits for identity() or login(). */
  const settled = (): AuthMethod | undefined => {
    try {
      return method();
    } catch {
      return undefined;
    }
  };
  return {
    kind: "env-auth",
    identity: () => method().identity(),
    login: async (context) => method().login(context),
    // The session asks at each use, never at creation: reading the settings here is lazy too.
    get canRelogin() {
      return settled()?.canRelogin;
    },
    get renewable() {
      return settled()?.renewable;
    },
  };
}
