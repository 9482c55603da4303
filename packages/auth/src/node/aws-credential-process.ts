// `credential_process` in a shared-file profile: a command that prints credentials as JSON
// (Version 1; `Expiration` for temporary ones). Its output and its stderr are never quoted.

import { exec } from "node:child_process";
import { InfisicalValidationError } from "@infisical-edge/core";
import type { AwsCredentials } from "../aws-credentials.js";
import { InfisicalMetadataError } from "../metadata-fetch.js";
import type { ExpiringCredentials } from "./expiring-credentials.js";

const LABEL = "AWS credential_process";

function run(command: string, timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // Through the shell, as the AWS CLI documents commands with quoting and paths.
    exec(command, { timeout, windowsHide: true }, (error, stdout) => {
      if (!error) return resolve(stdout);
      const reason = error.killed ? "timed out" : `exited with code ${error.code ?? "unknown"}`;
      reject(new InfisicalMetadataError(`${LABEL}: the command ${reason}`));
    });
  });
}

/** Runs the profile's command and reads its Version 1 JSON. */
export async function fetchProcessCredentials(
  command: string,
  profileName: string,
  timeout = 30_000,
): Promise<ExpiringCredentials> {
  const stdout = await run(command, timeout);
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(stdout);
  } catch {
    throw new InfisicalMetadataError(`${LABEL}: the output is not JSON`);
  }
  if (!json || typeof json !== "object") {
    throw new InfisicalMetadataError(`${LABEL}: the output is not a JSON object`);
  }
  if (json.Version !== 1) {
    throw new InfisicalValidationError([
      {
        field: `profile ${profileName}: credential_process`,
        reason: "expected output with Version 1",
      },
    ]);
  }
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = json;
  if (typeof AccessKeyId !== "string" || typeof SecretAccessKey !== "string") {
    throw new InfisicalMetadataError(`${LABEL}: the output lacks AccessKeyId or SecretAccessKey`);
  }
  const credentials: AwsCredentials = {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
  };
  if (typeof SessionToken === "string" && SessionToken) credentials.sessionToken = SessionToken;
  if (Expiration === undefined) return { credentials, expiresAt: Infinity };
  const expiresAt = typeof Expiration === "string" ? Date.parse(Expiration) : Number.NaN;
  if (Number.isNaN(expiresAt)) {
    throw new InfisicalMetadataError(`${LABEL}: Expiration is not an ISO 8601 date`);
  }
  return { credentials, expiresAt };
}
