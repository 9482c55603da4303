// ECS task roles and EKS Pod Identity: the container credentials endpoint, over fetch.
// ECS sets AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (served at 169.254.170.2); EKS Pod Identity
// sets AWS_CONTAINER_CREDENTIALS_FULL_URI plus an authorization token file.

import { readFile } from "node:fs/promises";
import type { AwsCredentials } from "../aws-credentials.js";
import { fetchMetadata, InfisicalMetadataError } from "../metadata-fetch.js";
import { type ExpiringCredentials, toExpiringCredentials } from "./expiring-credentials.js";

const ECS_HOST = "http://169.254.170.2";
const LABEL = "AWS container credentials";

/** Options of the container credentials endpoint (ECS, EKS Pod Identity). */
export interface ContainerCredentialsOptions {
  /** The fetch used for the endpoint. Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** ms per request; default 2000. */
  timeout?: number;
  /** Default `process.env`. */
  env?: Record<string, string | undefined>;
}

/** True when the environment points at a container credentials endpoint. */
export function hasContainerCredentials(
  env: Record<string, string | undefined> = process.env,
): boolean {
  return Boolean(
    env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI,
  );
}

async function authorizationToken(
  env: Record<string, string | undefined>,
): Promise<string | undefined> {
  const file = env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE;
  if (file) {
    try {
      return (await readFile(file, "utf8")).trim();
    } catch (error) {
      const code = (error as { code?: string }).code ?? "error";
      throw new InfisicalMetadataError(
        `${LABEL}: cannot read the authorization token file (${code})`,
      );
    }
  }
  return env.AWS_CONTAINER_AUTHORIZATION_TOKEN;
}

/** Fetches the task's or pod's temporary credentials once. */
export async function fetchContainerCredentials(
  options: ContainerCredentialsOptions = {},
  signal?: AbortSignal,
): Promise<ExpiringCredentials> {
  const env = options.env ?? process.env;
  const relative = env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI;
  const url = relative ? `${ECS_HOST}${relative}` : env.AWS_CONTAINER_CREDENTIALS_FULL_URI;
  if (!url) throw new InfisicalMetadataError(`${LABEL}: no container credentials endpoint is set`);
  const token = await authorizationToken(env);
  const text = await fetchMetadata({
    label: LABEL,
    url,
    headers: token
      ? { Authorization: token, Accept: "application/json" }
      : { Accept: "application/json" },
    fetch: options.fetch,
    signal,
    timeout: options.timeout ?? 2_000,
  });
  return toExpiringCredentials(LABEL, text);
}

/** A credential source (for `awsIamAuth`'s `credentials`) backed by the container endpoint. */
export function containerCredentials(
  options: ContainerCredentialsOptions = {},
): () => Promise<AwsCredentials> {
  return async () => (await fetchContainerCredentials(options)).credentials;
}
