// EC2 instance metadata (IMDSv2 only: a session token first, then the role's credentials
// or the instance identity document), over fetch.

import type { AwsCredentials } from "../aws-credentials.js";
import { fetchMetadata, InfisicalMetadataError, parseMetadataJson } from "../metadata-fetch.js";
import { type ExpiringCredentials, toExpiringCredentials } from "./expiring-credentials.js";

const LABEL = "EC2 instance metadata";

/** Options of EC2 instance metadata (IMDSv2). */
export interface InstanceMetadataOptions {
  /** Default AWS_EC2_METADATA_SERVICE_ENDPOINT or `http://169.254.169.254`. */
  endpoint?: string;
  /** The fetch used for the metadata service. Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** ms per request; default 1000 (IMDS answers locally; off EC2 nothing answers). */
  timeout?: number;
  /** Where AWS_EC2_METADATA_SERVICE_ENDPOINT and AWS_EC2_METADATA_DISABLED are read; default `process.env`. */
  env?: Record<string, string | undefined>;
}

/** AWS_EC2_METADATA_DISABLED=true (any case), as boto3 reads it. */
export function instanceMetadataDisabled(
  env: Record<string, string | undefined> = process.env,
): boolean {
  return env.AWS_EC2_METADATA_DISABLED?.trim().toLowerCase() === "true";
}

function base(options: InstanceMetadataOptions): string {
  const env = options.env ?? process.env;
  if (instanceMetadataDisabled(env)) {
    throw new InfisicalMetadataError(`${LABEL}: disabled by AWS_EC2_METADATA_DISABLED`);
  }
  const endpoint =
    options.endpoint || env.AWS_EC2_METADATA_SERVICE_ENDPOINT || "http://169.254.169.254";
  return endpoint.replace(/\/+$/, "");
}

async function sessionToken(
  options: InstanceMetadataOptions,
  signal?: AbortSignal,
): Promise<string> {
  return fetchMetadata({
    label: LABEL,
    url: `${base(options)}/latest/api/token`,
    method: "PUT",
    headers: { "X-aws-ec2-metadata-token-ttl-seconds": "21600" },
    fetch: options.fetch,
    signal,
    timeout: options.timeout ?? 1_000,
    timeoutField: "instance.timeout",
  });
}

function get(options: InstanceMetadataOptions, path: string, token: string, signal?: AbortSignal) {
  return fetchMetadata({
    label: LABEL,
    url: `${base(options)}${path}`,
    headers: { "X-aws-ec2-metadata-token": token },
    fetch: options.fetch,
    signal,
    timeout: options.timeout ?? 1_000,
    timeoutField: "instance.timeout",
  });
}

/** The instance profile role's temporary credentials. */
export async function fetchInstanceCredentials(
  options: InstanceMetadataOptions = {},
  signal?: AbortSignal,
): Promise<ExpiringCredentials> {
  const token = await sessionToken(options, signal);
  const roles = await get(options, "/latest/meta-data/iam/security-credentials/", token, signal);
  const role = roles.split("\n")[0]?.trim();
  if (!role) throw new InfisicalMetadataError(`${LABEL}: the instance has no IAM role attached`);
  const text = await get(
    options,
    `/latest/meta-data/iam/security-credentials/${encodeURIComponent(role)}`,
    token,
    signal,
  );
  return toExpiringCredentials(LABEL, text);
}

/** A credential source backed by the instance profile. */
export function instanceCredentials(
  options: InstanceMetadataOptions = {},
): () => Promise<AwsCredentials> {
  return async () => (await fetchInstanceCredentials(options)).credentials;
}

/** The instance's region, from the identity document. */
export async function instanceRegion(options: InstanceMetadataOptions = {}): Promise<string> {
  const token = await sessionToken(options);
  const text = await get(options, "/latest/dynamic/instance-identity/document", token);
  return parseMetadataJson<{ region: string }>(LABEL, text, (b) => typeof b.region === "string")
    .region;
}
