// AWS credentials: given, produced by a function (rotation, or the Node providers in
// `@infisical-edge/auth/node`), or read from the standard environment variables where the
// runtime has an environment. Validated before any request; never quoted in an error.

import { InfisicalError, InfisicalValidationError } from "@infisical-edge/core";
import { parseOptions } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { readEnv } from "./runtime-env.js";

/** AWS credentials that sign the `sts:GetCallerIdentity` request of AWS IAM auth. */
export interface AwsCredentials {
  /** The access key id (`AKIA...`, or `ASIA...` for temporary credentials). */
  accessKeyId: string;
  /** The secret access key; it signs the request and is never sent. */
  secretAccessKey: string;
  /** Present for temporary credentials (roles, ECS/EKS, Lambda, SSO). */
  sessionToken?: string;
}

/** AWS credentials, or a function returning them for each login (temporary credentials rotate). */
export type AwsCredentialSource = AwsCredentials | (() => AwsCredentials | Promise<AwsCredentials>);

const Credentials = v.object({
  accessKeyId: v.pipe(
    v.string("a string"),
    v.regex(/^[A-Za-z0-9]{1,128}$/, "an access key id (letters and digits)"),
  ),
  secretAccessKey: v.pipe(v.string("a string"), v.minLength(1, "a non-empty string")),
  sessionToken: v.optional(v.pipe(v.string("a string"), v.minLength(1, "a non-empty string"))),
});

export const AwsCredentialSourceSchema = v.union(
  [Credentials, v.custom<() => AwsCredentials>((value) => typeof value === "function")],
  "AWS credentials ({ accessKeyId, secretAccessKey, sessionToken? }) or a function returning them",
);

/** AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, when the runtime has them. */
export function credentialsFromEnv(): AwsCredentials | undefined {
  const accessKeyId = readEnv("AWS_ACCESS_KEY_ID");
  const secretAccessKey = readEnv("AWS_SECRET_ACCESS_KEY");
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = readEnv("AWS_SESSION_TOKEN");
  return sessionToken
    ? { accessKeyId, secretAccessKey, sessionToken }
    : { accessKeyId, secretAccessKey };
}

/** The credentials for one login, checked. */
export async function resolveAwsCredentials(
  source: AwsCredentialSource | undefined,
): Promise<AwsCredentials> {
  let value: unknown = source;
  if (typeof source === "function") {
    try {
      value = await source();
    } catch (error) {
      if (error instanceof InfisicalError) throw error;
      throw new InfisicalValidationError([
        { field: "credentials", reason: `the credentials function failed (${describe(error)})` },
      ]);
    }
  } else if (source === undefined) {
    value = credentialsFromEnv();
    if (!value) {
      throw new InfisicalValidationError([
        {
          field: "credentials",
          reason:
            "no AWS credentials: pass `credentials`, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or use awsIamAuth from @infisical-edge/auth/node",
        },
      ]);
    }
  }
  const parsed = parseOptions(v.object({ credentials: Credentials }), { credentials: value });
  return parsed.credentials;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : "error";
}
