// ECS task roles and EKS Pod Identity: the container credentials endpoint, over fetch.
// ECS sets AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (served at 169.254.170.2); EKS Pod Identity
// sets AWS_CONTAINER_CREDENTIALS_FULL_URI plus an authorization token file.

import { InfisicalValidationError } from "@infisical-edge/core";
import type { AwsCredentials } from "../aws-credentials.js";
import { fetchMetadata, InfisicalMetadataError } from "../metadata-fetch.js";
import { type ExpiringCredentials, toExpiringCredentials } from "./expiring-credentials.js";
import { readSmallFile } from "./small-file.js";

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
      return (await readSmallFile(file)).trim();
    } catch (error) {
      const code = (error as { code?: string }).code ?? "error";
      throw new InfisicalMetadataError(
        `${LABEL}: cannot read the authorization token file (${code})`,
      );
    }
  }
  return env.AWS_CONTAINER_AUTHORIZATION_TOKEN;
}

// Plain http only to the hosts the AWS SDKs allow: loopback and the ECS and EKS Pod Identity
// link-local addresses. Elsewhere the authorization token would cross the network in the clear.
const HTTP_HOSTS =
  /^(127(\.\d{1,3}){3}|localhost|\[::1\]|169\.254\.170\.2|169\.254\.170\.23|\[fd00:ec2::23\])$/i;

/** The endpoint's URL, or a validation error naming the variable (never quoting it). */
function endpointOf(env: Record<string, string | undefined>): string {
  const relative = env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI;
  if (relative) {
    // A path on the ECS host: "@other-host/..." must not move the request elsewhere.
    if (!relative.startsWith("/"))
      refuse("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "a path starting with /");
    return `${ECS_HOST}${relative}`;
  }
  const full = env.AWS_CONTAINER_CREDENTIALS_FULL_URI;
  if (!full) throw new InfisicalMetadataError(`${LABEL}: no container credentials endpoint is set`);
  let url: URL | undefined;
  try {
    url = new URL(full);
  } catch {}
  const allowed =
    url?.protocol === "https:" || (url?.protocol === "http:" && HTTP_HOSTS.test(url.hostname));
  if (!allowed) {
    refuse(
      "AWS_CONTAINER_CREDENTIALS_FULL_URI",
      "an https URL, or http to loopback, 169.254.170.2, 169.254.170.23 or [fd00:ec2::23]",
    );
  }
  return full;
}

function refuse(field: string, expected: string): never {
  throw new InfisicalValidationError([{ field, reason: `expected ${expected}` }]);
}

/** Fetches the task's or pod's temporary credentials once. */
export async function fetchContainerCredentials(
  options: ContainerCredentialsOptions = {},
  signal?: AbortSignal,
): Promise<ExpiringCredentials> {
  const env = options.env ?? process.env;
  const url = endpointOf(env);
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
    timeoutField: "container.timeout",
  });
  return toExpiringCredentials(LABEL, text);
}

/** A credential source (for `awsIamAuth`'s `credentials`) backed by the container endpoint. */
export function containerCredentials(
  options: ContainerCredentialsOptions = {},
): () => Promise<AwsCredentials> {
  return async () => (await fetchContainerCredentials(options)).credentials;
}
