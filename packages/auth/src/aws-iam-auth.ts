import { type AuthMethod, InfisicalValidationError } from "@infisical-edge/core";
import {
  bytesToBase64,
  credentialIdentity,
  parseOptions,
  postLogin,
  shortHash,
  utf8Encode,
} from "@infisical-edge/core/internal";
import * as v from "valibot";
import {
  type AwsCredentialSource,
  AwsCredentialSourceSchema,
  resolveAwsCredentials,
} from "./aws-credentials.js";
import { IdentityId, loginBody, OrganizationSlug } from "./login-options.js";
import { readEnv } from "./runtime-env.js";
import { signSigV4 } from "./sigv4.js";

/** Options of {@link awsIamAuth}. */
export interface AwsIamAuthOptions {
  /** The machine identity's id in Infisical. */
  identityId: string;
  /** Default: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN from the environment. */
  credentials?: AwsCredentialSource;
  /**
   * The STS region to sign for (the server replays the request to `sts.<region>.amazonaws.com`).
   * Default: AWS_REGION, then AWS_DEFAULT_REGION, then `us-east-1`.
   */
  region?: string | (() => string | Promise<string>);
  /** Log into a sub-organization of the identity's organization. */
  organizationSlug?: string;
}

// The server accepts the region parsed from the credential scope only in this form.
const Region = v.pipe(
  v.string("a string"),
  v.regex(/^[a-z0-9-]{1,20}$/, "an AWS region like eu-west-1"),
);

const Options = v.object({
  identityId: IdentityId,
  credentials: v.optional(AwsCredentialSourceSchema),
  region: v.optional(
    v.union(
      [Region, v.custom<() => string>((value) => typeof value === "function")],
      "an AWS region like eu-west-1 or a function returning one",
    ),
  ),
  organizationSlug: OrganizationSlug,
});

const STS_BODY = "Action=GetCallerIdentity&Version=2011-06-15";
const STS_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

export interface SignedCallerIdentity {
  iamHttpRequestMethod: "POST";
  /** base64 of the exact request body. */
  iamRequestBody: string;
  /** base64 of the JSON object of the signed request's headers. */
  iamRequestHeaders: string;
  /** The signature and the session token, to keep out of error messages. */
  sensitive: string[];
}

/** Signs STS GetCallerIdentity for `region` and encodes it the way the login route wants. */
export async function signCallerIdentity(
  credentials: AwsCredentialSource | undefined,
  region: string,
  datetime?: string,
): Promise<SignedCallerIdentity> {
  const resolved = await resolveAwsCredentials(credentials);
  const host = `sts.${region}.amazonaws.com`;
  const signed = await signSigV4({
    method: "POST",
    url: `https://${host}/`,
    headers: { "Content-Type": STS_CONTENT_TYPE },
    body: STS_BODY,
    region,
    service: "sts",
    credentials: resolved,
    datetime,
  });
  const authorization = signed.get("authorization") ?? "";
  const headers: Record<string, string> = {
    Host: host,
    "Content-Type": STS_CONTENT_TYPE,
    "Content-Length": String(STS_BODY.length),
    "X-Amz-Date": signed.get("x-amz-date") ?? "",
    Authorization: authorization,
  };
  const token = signed.get("x-amz-security-token");
  if (token) headers["X-Amz-Security-Token"] = token;
  return {
    iamHttpRequestMethod: "POST",
    iamRequestBody: bytesToBase64(utf8Encode(STS_BODY)),
    iamRequestHeaders: bytesToBase64(utf8Encode(JSON.stringify(headers))),
    sensitive: [/Signature=([0-9a-f]+)/.exec(authorization)?.[1] ?? "", token ?? ""].filter(
      Boolean,
    ),
  };
}

async function resolveRegion(option: AwsIamAuthOptions["region"]): Promise<string> {
  let value: unknown = option;
  if (typeof option === "function") value = await option();
  value ??= readEnv("AWS_REGION") ?? readEnv("AWS_DEFAULT_REGION") ?? "us-east-1";
  const parsed = v.safeParse(Region, value);
  if (!parsed.success) {
    throw new InfisicalValidationError([
      { field: "region", reason: "expected an AWS region like eu-west-1" },
    ]);
  }
  return parsed.output;
}

/**
 * AWS IAM Auth: signs an STS GetCallerIdentity request with SigV4 on Web Crypto; the server
 * replays it to STS and checks the caller's account and principal ARN. Credentials are read at
 * each login, so a rotating source (a function) keeps working.
 */
export function awsIamAuth(options: AwsIamAuthOptions): AuthMethod {
  const { identityId, credentials, region, organizationSlug } = parseOptions(Options, options);
  return {
    kind: "aws-iam-auth",
    // Fixed keys prove the caller; keys read per login (a function, the environment) may
    // change, so those clients prove themselves with a login before any cache hit.
    ...(credentials && typeof credentials !== "function"
      ? {
          identity: () =>
            credentialIdentity(
              `aws-iam-auth:${identityId}:${organizationSlug ?? ""}:${credentials.accessKeyId}`,
              credentials.secretAccessKey,
            ),
          identityProof: "credential" as const,
        }
      : {
          identity: () => shortHash(`aws-iam-auth:${identityId}:${organizationSlug ?? ""}`),
          identityProof: "session" as const,
        }),
    async login(context) {
      const signed = await signCallerIdentity(credentials, await resolveRegion(region));
      const { sensitive, ...fields } = signed;
      const body = loginBody(identityId, organizationSlug, fields);
      return postLogin(context, "/api/v1/auth/aws-auth/login", body, sensitive);
    },
  };
}
