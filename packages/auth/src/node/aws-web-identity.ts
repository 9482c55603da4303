// Web identity (EKS IRSA, GitHub Actions OIDC to AWS...): the token file is exchanged for
// temporary credentials with STS AssumeRoleWithWebIdentity, an unsigned request whose answer
// is XML. The token goes in the POST body, never in the URL.

import { InfisicalValidationError } from "@infisical-edge/core";
import { fetchMetadata, InfisicalMetadataError } from "../metadata-fetch.js";
import type { Env, Profile } from "./aws-shared-config.js";
import type { ExpiringCredentials } from "./expiring-credentials.js";
import { readSmallFile } from "./small-file.js";

const LABEL = "AWS STS AssumeRoleWithWebIdentity";

/** Regions that `AWS_STS_REGIONAL_ENDPOINTS=legacy` sends to the global endpoint. */
const LEGACY_GLOBAL_REGIONS = new Set([
  "ap-northeast-1",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "aws-global",
  "ca-central-1",
  "eu-central-1",
  "eu-north-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
]);

export interface WebIdentityConfig {
  tokenFile: string;
  roleArn: string;
  sessionName: string | undefined;
  endpoint: string;
}

/** The region boto3 would use: AWS_REGION, AWS_DEFAULT_REGION, then the profile's `region`. */
export function configuredRegion(env: Env, profile: Profile | undefined): string | undefined {
  return env.AWS_REGION || env.AWS_DEFAULT_REGION || profile?.region || undefined;
}

/**
 * The STS endpoint: AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, else from the region and
 * AWS_STS_REGIONAL_ENDPOINTS (`regional`, boto3's default, or `legacy`); global without a region.
 */
export function stsEndpoint(env: Env, profile: Profile | undefined): string {
  const override = env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL;
  if (override) {
    const field = env.AWS_ENDPOINT_URL_STS ? "AWS_ENDPOINT_URL_STS" : "AWS_ENDPOINT_URL";
    if (!URL.canParse(override) || !/^https?:$/.test(new URL(override).protocol)) {
      throw new InfisicalValidationError([{ field, reason: "expected an http(s) URL" }]);
    }
    return override.replace(/\/+$/, "");
  }
  const region = configuredRegion(env, profile);
  if (!region) return "https://sts.amazonaws.com";
  if (!/^[a-z0-9-]{1,40}$/.test(region)) {
    throw new InfisicalValidationError([{ field: "AWS_REGION", reason: "expected a region name" }]);
  }
  const mode = (env.AWS_STS_REGIONAL_ENDPOINTS || profile?.sts_regional_endpoints || "regional")
    .trim()
    .toLowerCase();
  if (mode !== "regional" && mode !== "legacy") {
    throw new InfisicalValidationError([
      { field: "AWS_STS_REGIONAL_ENDPOINTS", reason: 'expected "regional" or "legacy"' },
    ]);
  }
  if (mode === "legacy" && LEGACY_GLOBAL_REGIONS.has(region)) return "https://sts.amazonaws.com";
  const suffix = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  return `https://sts.${region}.${suffix}`;
}

/**
 * The web identity settings, environment first then the profile (`web_identity_token_file`,
 * `role_arn`, `role_session_name`), as boto3 reads them; undefined when no token file is set.
 */
export function webIdentityConfig(
  env: Env,
  profile: Profile | undefined,
  useEnv: boolean,
): WebIdentityConfig | undefined {
  const pick = (variable: string, key: string) =>
    (useEnv ? env[variable] : undefined) || profile?.[key] || undefined;
  const tokenFile = pick("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file");
  if (!tokenFile) return undefined;
  const roleArn = pick("AWS_ROLE_ARN", "role_arn");
  if (!roleArn) {
    throw new InfisicalValidationError([
      {
        field: "AWS_ROLE_ARN",
        reason: "a web identity token file is set but no role ARN (AWS_ROLE_ARN or role_arn)",
      },
    ]);
  }
  return {
    tokenFile,
    roleArn,
    sessionName: pick("AWS_ROLE_SESSION_NAME", "role_session_name"),
    endpoint: stsEndpoint(env, profile),
  };
}

const XML_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** The text of the first `<name>` element (STS answers are flat, known documents). */
function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
  return match?.[1]?.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity) => XML_ENTITIES[entity] ?? "");
}

/** Parses the AssumeRoleWithWebIdentity answer; never quotes it in an error. */
export function parseWebIdentityAnswer(xml: string): ExpiringCredentials {
  const block = /<Credentials>([\s\S]*?)<\/Credentials>/.exec(xml)?.[1] ?? "";
  const accessKeyId = element(block, "AccessKeyId");
  const secretAccessKey = element(block, "SecretAccessKey");
  const sessionToken = element(block, "SessionToken");
  const expiration = Date.parse(element(block, "Expiration") ?? "");
  if (!accessKeyId || !secretAccessKey || !sessionToken || Number.isNaN(expiration)) {
    throw new InfisicalMetadataError(`${LABEL}: the answer lacks the expected credentials`);
  }
  return { credentials: { accessKeyId, secretAccessKey, sessionToken }, expiresAt: expiration };
}

/** Reads the token file (rotated by the platform, so at each exchange) and asks STS. */
export async function fetchWebIdentityCredentials(
  config: WebIdentityConfig,
  options: { fetch?: typeof globalThis.fetch; timeout?: number } = {},
): Promise<ExpiringCredentials> {
  let token: string;
  try {
    token = (await readSmallFile(config.tokenFile)).trim();
  } catch (error) {
    const code = (error as { code?: string }).code ?? "error";
    throw new InfisicalValidationError([
      {
        field: "AWS_WEB_IDENTITY_TOKEN_FILE",
        reason: `expected a readable token file (${code})`,
      },
    ]);
  }
  const body = new URLSearchParams({
    Action: "AssumeRoleWithWebIdentity",
    Version: "2011-06-15",
    RoleArn: config.roleArn,
    RoleSessionName: config.sessionName ?? `infisical-edge-${Math.floor(Date.now() / 1000)}`,
    WebIdentityToken: token,
  });
  const text = await fetchMetadata({
    label: LABEL,
    url: `${config.endpoint}/`,
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
      Accept: "application/xml",
    },
    body: body.toString(),
    fetch: options.fetch,
    timeout: options.timeout ?? 10_000,
    timeoutField: "stsTimeout",
    // STS error codes (InvalidIdentityToken, AccessDenied...) are safe to name; messages are not quoted.
    failureDetail: (answer) => {
      const code = element(answer, "Code");
      return code && /^[A-Za-z.]{1,64}$/.test(code) ? `(${code})` : undefined;
    },
  });
  return parseWebIdentityAnswer(text);
}
