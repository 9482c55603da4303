// The Node default chain, in boto3's order: environment variables; web identity (env or
// profile); the shared files (credentials file keys, `credential_process`, config file keys);
// the container endpoint (ECS/EKS); EC2 instance metadata unless AWS_EC2_METADATA_DISABLED.
// Profiles that assume a role from another profile, and SSO profiles, are refused by name.
// Temporary credentials are cached until shortly before expiry.

import { InfisicalValidationError } from "@infisical-edge/core";
import type { AwsCredentials } from "../aws-credentials.js";
import {
  type ContainerCredentialsOptions,
  fetchContainerCredentials,
  hasContainerCredentials,
} from "./aws-container-credentials.js";
import { fetchProcessCredentials } from "./aws-credential-process.js";
import {
  fetchInstanceCredentials,
  type InstanceMetadataOptions,
  instanceMetadataDisabled,
} from "./aws-instance-metadata.js";
import { type Env, loadSharedFiles, mergedProfile, type Profile } from "./aws-shared-config.js";
import { fetchWebIdentityCredentials, webIdentityConfig } from "./aws-web-identity.js";
import { cachedCredentials, type ExpiringCredentials } from "./expiring-credentials.js";

/** Options of {@link awsCredentialChain}. */
export interface CredentialChainOptions {
  /**
   * The fetch used for the container endpoint, instance metadata and STS. Default: the global `fetch`.
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Default `process.env`. An injected environment without HOME reads no `~/.aws` files
   * (name them with AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE).
   */
  env?: Env;
  /**
   * A profile name, like boto3's `Session(profile_name=...)`: it wins over AWS_PROFILE and,
   * as in boto3, environment keys and web identity variables are then not read.
   */
  profile?: string;
  /** Options of the container credentials endpoint (ECS, EKS Pod Identity). */
  container?: Omit<ContainerCredentialsOptions, "fetch" | "env">;
  /** Options of EC2 instance metadata (IMDSv2). */
  instance?: Omit<InstanceMetadataOptions, "fetch" | "env">;
  /** ms for an STS web identity exchange; default 10000. */
  stsTimeout?: number;
}

/**
 * The AWS default credential chain for Node, in boto3's order: environment variables, web
 * identity, the shared `~/.aws` files (keys and `credential_process`), the container
 * endpoint (ECS/EKS), then EC2 instance metadata unless `AWS_EC2_METADATA_DISABLED`.
 * Temporary credentials are cached until shortly before they expire.
 *
 * @returns A function that resolves the current credentials; give it to `awsIamAuth`.
 * @throws `InfisicalValidationError` when `profile` is not a non-empty string; the
 * returned function rejects when no source has credentials.
 */
export function awsCredentialChain(
  options: CredentialChainOptions = {},
): () => Promise<AwsCredentials> {
  if (options.profile !== undefined && (typeof options.profile !== "string" || !options.profile)) {
    throw new InfisicalValidationError([{ field: "profile", reason: "expected a profile name" }]);
  }
  // One cache per source, so a source chosen again keeps its unexpired credentials.
  const caches = new Map<string, () => Promise<AwsCredentials>>();
  const cached = (key: string, load: () => Promise<ExpiringCredentials>) => {
    let source = caches.get(key);
    if (!source) {
      source = cachedCredentials(load);
      caches.set(key, source);
    }
    return source();
  };
  // Everything is read at each call: a process may set or rotate settings after start-up.
  return async () => {
    const env = options.env ?? process.env;
    const explicit = options.profile !== undefined;
    if (!explicit) {
      const fromEnv = envCredentials(env);
      if (fromEnv) return fromEnv;
    }
    const name = options.profile || env.AWS_PROFILE || env.AWS_DEFAULT_PROFILE || "default";
    const files = await loadSharedFiles(env, options.env !== undefined);
    const profile = mergedProfile(files, name);
    if (!profile && name !== "default") {
      throw new InfisicalValidationError([
        { field: explicit ? "profile" : "AWS_PROFILE", reason: `no AWS profile named "${name}"` },
      ]);
    }
    refuseUnsupported(name, profile);

    const webIdentity = webIdentityConfig(env, profile, !explicit);
    if (webIdentity) {
      const key = `web:${webIdentity.roleArn}:${webIdentity.tokenFile}:${webIdentity.endpoint}`;
      return cached(key, () =>
        fetchWebIdentityCredentials(webIdentity, {
          fetch: options.fetch,
          timeout: options.stsTimeout,
        }),
      );
    }
    const fromCredentialsFile = profileKeys(name, files.credentials[name], "credentials");
    if (fromCredentialsFile) return fromCredentialsFile;
    const command = profile?.credential_process;
    if (command) return cached(`process:${command}`, () => fetchProcessCredentials(command, name));
    const fromConfigFile = profileKeys(name, files.config[name], "config");
    if (fromConfigFile) return fromConfigFile;

    if (hasContainerCredentials(env)) {
      return cached("container", () =>
        fetchContainerCredentials({ ...options.container, fetch: options.fetch, env }),
      );
    }
    if (!instanceMetadataDisabled(env)) {
      return cached("instance", () =>
        fetchInstanceCredentials({ ...options.instance, fetch: options.fetch, env }),
      );
    }
    throw new InfisicalValidationError([
      {
        field: "credentials",
        reason:
          "no AWS credentials found: environment variables, web identity, the shared files and the container endpoint gave none, and AWS_EC2_METADATA_DISABLED turns off instance metadata",
      },
    ]);
  };
}

/** Profiles the chain cannot serve: refused clearly rather than skipped. */
function refuseUnsupported(name: string, profile: Profile | undefined) {
  if (!profile) return;
  if (profile.role_arn && !profile.web_identity_token_file) {
    throw new InfisicalValidationError([
      {
        field: `profile ${name}: role_arn`,
        reason:
          "assuming a role from source_profile or credential_source is not supported; export the role's credentials (e.g. through credential_process) or pass `credentials`",
      },
    ]);
  }
  if (profile.sso_session || profile.sso_start_url) {
    throw new InfisicalValidationError([
      {
        field: `profile ${name}: sso_session`,
        reason:
          "AWS IAM Identity Center (SSO) profiles are not supported; use `aws configure export-credentials --format process` as credential_process",
      },
    ]);
  }
}

/** aws_access_key_id / aws_secret_access_key [/ aws_session_token] of one file's profile. */
function profileKeys(
  name: string,
  section: Profile | undefined,
  file: "credentials" | "config",
): AwsCredentials | undefined {
  const accessKeyId = section?.aws_access_key_id;
  const secretAccessKey = section?.aws_secret_access_key;
  if (!accessKeyId && !secretAccessKey) return undefined;
  if (!accessKeyId || !secretAccessKey) {
    const missing = accessKeyId ? "aws_secret_access_key" : "aws_access_key_id";
    throw new InfisicalValidationError([
      { field: `profile ${name} (${file} file): ${missing}`, reason: "expected a value" },
    ]);
  }
  const sessionToken = section.aws_session_token || section.aws_security_token;
  return sessionToken
    ? { accessKeyId, secretAccessKey, sessionToken }
    : { accessKeyId, secretAccessKey };
}

/** AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY [/ AWS_SESSION_TOKEN]; one without the other is an error. */
function envCredentials(env: Env): AwsCredentials | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId && !secretAccessKey) return undefined;
  if (!accessKeyId || !secretAccessKey) {
    const missing = accessKeyId ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID";
    throw new InfisicalValidationError([
      { field: missing, reason: "expected a value (the access key id and secret go together)" },
    ]);
  }
  const sessionToken = env.AWS_SESSION_TOKEN || env.AWS_SECURITY_TOKEN;
  return sessionToken
    ? { accessKeyId, secretAccessKey, sessionToken }
    : { accessKeyId, secretAccessKey };
}
