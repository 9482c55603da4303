// awsIamAuth with Node defaults: credentials from boto3's default chain (see
// aws-credential-chain.ts); the region from AWS_REGION / AWS_DEFAULT_REGION, the profile's
// `region`, then the EC2 instance identity document (unless AWS_EC2_METADATA_DISABLED).

import type { AuthMethod } from "@infisical-edge/core";
import { type AwsIamAuthOptions, awsIamAuth as baseAwsIamAuth } from "../aws-iam-auth.js";
import { awsCredentialChain, type CredentialChainOptions } from "./aws-credential-chain.js";
import { instanceMetadataDisabled, instanceRegion } from "./aws-instance-metadata.js";
import { loadSharedFiles, mergedProfile } from "./aws-shared-config.js";

/** Options of the Node {@link awsIamAuth}: those of the edge version, plus the default chain's. */
export interface NodeAwsIamAuthOptions extends AwsIamAuthOptions {
  /** Options of the default credential chain (used when `credentials` is not given). */
  chain?: CredentialChainOptions;
}

/**
 * AWS IAM auth for Node: as the edge `awsIamAuth`, but credentials default to
 * {@link awsCredentialChain} and the region to `AWS_REGION`, `AWS_DEFAULT_REGION`, the
 * profile's region, the EC2 instance's region, then `us-east-1`.
 *
 * @throws `InfisicalValidationError` when an option is invalid.
 */
export function awsIamAuth(options: NodeAwsIamAuthOptions): AuthMethod {
  const { chain, ...rest } = options;
  let region: Promise<string> | undefined;
  const defaultRegion = async () => {
    const env = chain?.env ?? process.env;
    const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (fromEnv) return fromEnv;
    const files = await loadSharedFiles(env, chain?.env !== undefined);
    const name = chain?.profile || env.AWS_PROFILE || env.AWS_DEFAULT_PROFILE || "default";
    const fromProfile = mergedProfile(files, name)?.region;
    if (fromProfile) return fromProfile;
    if (instanceMetadataDisabled(env)) return "us-east-1";
    // Off EC2 nothing answers within the short timeout: fall back to the global STS region.
    region ??= instanceRegion({ ...chain?.instance, fetch: chain?.fetch, env }).catch(
      () => "us-east-1",
    );
    return region;
  };
  return baseAwsIamAuth({
    ...rest,
    credentials: rest.credentials ?? awsCredentialChain(chain),
    region: rest.region ?? defaultRegion,
  });
}
