// The JSON both the container endpoint and IMDS answer with, and a cache that keeps such
// credentials until shortly before they expire.

import type { AwsCredentials } from "../aws-credentials.js";
import { parseMetadataJson } from "../metadata-fetch.js";

export interface ExpiringCredentials {
  credentials: AwsCredentials;
  /** Epoch ms; Infinity when the answer has no expiration. */
  expiresAt: number;
}

interface CredentialsJson {
  AccessKeyId: string;
  SecretAccessKey: string;
  Token?: string;
  Expiration?: string;
}

export function toExpiringCredentials(label: string, text: string): ExpiringCredentials {
  const json = parseMetadataJson<CredentialsJson>(
    label,
    text,
    (b) => typeof b.AccessKeyId === "string" && typeof b.SecretAccessKey === "string",
  );
  const credentials: AwsCredentials = {
    accessKeyId: json.AccessKeyId,
    secretAccessKey: json.SecretAccessKey,
  };
  if (typeof json.Token === "string" && json.Token) credentials.sessionToken = json.Token;
  const expiresAt = json.Expiration ? Date.parse(json.Expiration) : Number.NaN;
  return { credentials, expiresAt: Number.isNaN(expiresAt) ? Infinity : expiresAt };
}

/** Refresh this long before expiry, so that a login never signs with nearly stale keys. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/** Memoises a provider until its credentials are near expiry; concurrent callers share one fetch. */
export function cachedCredentials(
  load: () => Promise<ExpiringCredentials>,
  now: () => number = Date.now,
): () => Promise<AwsCredentials> {
  let current: ExpiringCredentials | undefined;
  let pending: Promise<ExpiringCredentials> | undefined;
  return async () => {
    if (current && now() < current.expiresAt - REFRESH_MARGIN_MS) return current.credentials;
    pending ??= load().finally(() => {
      pending = undefined;
    });
    current = await pending;
    return current.credentials;
  };
}
