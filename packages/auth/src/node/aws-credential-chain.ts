// The Node default chain: environment variables, then the container endpoint (ECS/EKS),
// then EC2 instance metadata. Temporary credentials are cached until shortly before expiry.

import { type AwsCredentials, credentialsFromEnv } from "../aws-credentials.js";
import {
  type ContainerCredentialsOptions,
  fetchContainerCredentials,
  hasContainerCredentials,
} from "./aws-container-credentials.js";
import { fetchInstanceCredentials, type InstanceMetadataOptions } from "./aws-instance-metadata.js";
import { cachedCredentials } from "./expiring-credentials.js";

export interface CredentialChainOptions {
  fetch?: typeof globalThis.fetch;
  /** Default `process.env`. */
  env?: Record<string, string | undefined>;
  container?: Omit<ContainerCredentialsOptions, "fetch" | "env">;
  instance?: Omit<InstanceMetadataOptions, "fetch">;
}

export function awsCredentialChain(
  options: CredentialChainOptions = {},
): () => Promise<AwsCredentials> {
  const env = options.env ?? process.env;
  const cached = cachedCredentials(() =>
    hasContainerCredentials(env)
      ? fetchContainerCredentials({ ...options.container, fetch: options.fetch, env })
      : fetchInstanceCredentials({ ...options.instance, fetch: options.fetch }),
  );
  return async () => {
    // Read the variables at each login: a process may set or rotate them after start-up.
    const fromEnv = options.env ? envCredentials(options.env) : credentialsFromEnv();
    return fromEnv ?? cached();
  };
}

function envCredentials(env: Record<string, string | undefined>): AwsCredentials | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = env.AWS_SESSION_TOKEN;
  return sessionToken
    ? { accessKeyId, secretAccessKey, sessionToken }
    : { accessKeyId, secretAccessKey };
}
