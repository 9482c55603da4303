// InfisicalSDKClient: the Python SDK's object shape over the modular packages. It holds one
// core client and replaces it when a login switches the auth method; every method is a call
// into an area package.

import { tokenAuth } from "@infisical-edge/auth";
import {
  type AccessToken,
  type AuthMethod,
  type ClientConfig,
  createClient,
  type InfisicalClient,
  InfisicalValidationError,
} from "@infisical-edge/core";
import { MAX_CACHE_TTL_S } from "@infisical-edge/core/internal";
import { type AuthResource, authResource } from "./auth.js";
import {
  type DynamicSecretsResource,
  dynamicSecretsFieldNames,
  dynamicSecretsResource,
} from "./dynamic-secrets.js";
import { type FoldersResource, foldersFieldNames, foldersResource } from "./folders.js";
import { guarded } from "./guarded.js";
import { type KmsResource, kmsFieldNames, kmsResource } from "./kms.js";
import {
  type SecretImportsResource,
  secretImportsFieldNames,
  secretImportsResource,
} from "./secret-imports.js";
import { type SecretsResource, secretsFieldNames, secretsResource } from "./secrets.js";
import { type TagsResource, tagsResource } from "./tags.js";

/** Options of {@link InfisicalSDKClient}: those of `createClient`, plus the Python SDK's `token` and `cacheTtl`. */
export interface InfisicalSDKClientOptions extends ClientConfig {
  /** An access token for every request (token auth); no login call needed then. */
  token?: string;
  /** Seconds reads stay cached. Default 60; `null`, 0 or less turns the cache off (as Python). */
  cacheTtl?: number | null;
}

function configOf(options: InfisicalSDKClientOptions): ClientConfig {
  const { token, cacheTtl, ...config } = options;
  if (token !== undefined && config.auth !== undefined) {
    throw new InfisicalValidationError([
      { field: "token", reason: "give token or auth, not both" },
    ]);
  }
  // The core client's bound on cache.ttl (ten years), checked here so the error names cacheTtl.
  if (cacheTtl != null && !(typeof cacheTtl === "number" && cacheTtl <= MAX_CACHE_TTL_S)) {
    throw new InfisicalValidationError([
      { field: "cacheTtl", reason: "expected a number of seconds up to ten years, or null" },
    ]);
  }
  if (token !== undefined) config.auth = tokenAuth(token);
  if (cacheTtl === null) config.cache = false;
  // Python's cache is off for a ttl of 0 or less; a ttl of 0 turns ours off too.
  else if (cacheTtl !== undefined) {
    config.cache = { ...(config.cache || {}), ttl: Math.max(0, cacheTtl) };
  }
  return config;
}

/**
 * One object with every area, shaped like the Python SDK's `InfisicalSDKClient`, for code moving
 * over from it. It carries every area package, so bundles that count bytes should call the
 * area functions (`getSecret`, `encrypt`...) on a `createClient` client instead.
 *
 * @throws `InfisicalValidationError` from the constructor when an option is invalid (e.g. both
 * `token` and `auth`).
 *
 * @example
 * ```ts
 * const sdk = new InfisicalSDKClient({ siteUrl: "https://app.infisical.com" });
 * await sdk.auth.universalAuth.login({ clientId, clientSecret });
 * const { secrets } = await sdk.secrets.listSecrets({ projectId, environment: "dev" });
 * ```
 */
export class InfisicalSDKClient {
  /** Logins: `auth.universalAuth.login(...)`, `auth.awsAuth.login(...)`, `auth.tokenAuth.login(...)`... */
  readonly auth: AuthResource;
  /** Secrets: `listSecrets`, `getSecretByName`, `createSecretByName`, `updateSecretByName`... */
  readonly secrets: SecretsResource;
  /** Dynamic secrets (`create`, `getByName`, `update`, `delete`) and their `leases`. */
  readonly dynamicSecrets: DynamicSecretsResource;
  /** KMS keys, `encryptData`/`decryptData`, `signData`/`verifyData`. */
  readonly kms: KmsResource;
  /** Folders: `listFolders`, `createFolder`, `updateFolder`, `deleteFolder`, `getFolderById`. */
  readonly folders: FoldersResource;
  /** Project tags. */
  readonly tags: TagsResource;
  /** Secret imports of a folder. */
  readonly secretImports: SecretImportsResource;
  #config: ClientConfig;
  #client: InfisicalClient;

  constructor(options: InfisicalSDKClientOptions = {}) {
    this.#config = configOf(options);
    this.#client = createClient(this.#config);
    const current = () => this.#client;
    this.auth = guarded(
      authResource({
        login: (method, signal) => this.#login(method, signal),
        useToken: (token) => {
          this.#client = createClient({ ...this.#config, auth: tokenAuth(token) });
        },
      }),
    );
    this.secrets = guarded(secretsResource(current), secretsFieldNames);
    this.dynamicSecrets = guarded(dynamicSecretsResource(current), dynamicSecretsFieldNames);
    this.kms = guarded(kmsResource(current), kmsFieldNames);
    this.folders = guarded(foldersResource(current), foldersFieldNames);
    this.tags = guarded(tagsResource(current));
    this.secretImports = guarded(secretImportsResource(current), secretImportsFieldNames);
  }

  /**
   * Python `get_token()`: the access token in use, or `null` when the object has no way to
   * get one (no `token`, `auth` or login yet). Unlike Python, which answers the token it last
   * stored, this logs in or renews first when the token is missing or about to expire, so the
   * answer is always usable. Treat it as a secret.
   */
  async getToken(signal?: AbortSignal): Promise<string | null> {
    if (!this.#client.session.method) return null;
    return this.#client.session.token(signal);
  }

  /** The core client in use: pass it to any `@infisical-edge/*` function. */
  get client(): InfisicalClient {
    return this.#client;
  }

  /**
   * Logs in now through a new client's session (so its renewals and re-logins follow) and
   * switches to it once the login succeeded; answers the login response.
   */
  async #login(method: AuthMethod, signal?: AbortSignal): Promise<AccessToken> {
    let first: AccessToken | undefined;
    const observed: AuthMethod = {
      ...method,
      login: async (context) => {
        const token = await method.login(context);
        first ??= token;
        return token;
      },
    };
    const next = createClient({ ...this.#config, auth: observed });
    await next.session.token(signal);
    // A configured token store may have handed over another process's token: log in anyway,
    // as the caller asked for a login response.
    const token = first ?? (await method.login({ send: next.sendAnonymous, signal }));
    this.#client = next;
    return token;
  }
}
