// awsIamAuth with Node defaults: credentials from the environment, the container endpoint
// or EC2 instance metadata; the region from the environment or the instance identity document.

import type { AuthMethod } from "@infisical-edge/core";
import { type AwsIamAuthOptions, awsIamAuth as baseAwsIamAuth } from "../aws-iam-auth.js";
import { awsCredentialChain, type CredentialChainOptions } from "./aws-credential-chain.js";
import { instanceRegion } from "./aws-instance-metadata.js";

export interface NodeAwsIamAuthOptions extends AwsIamAuthOptions {
  /** Options of the default credential chain (used when `credentials` is not given). */
  chain?: CredentialChainOptions;
}

export function awsIamAuth(options: NodeAwsIamAuthOptions): AuthMethod {
  const { chain, ...rest } = options;
  let region: Promise<string> | undefined;
  const defaultRegion = () => {
    const env = chain?.env ?? process.env;
    const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (fromEnv) return fromEnv;
    // Off EC2 nothing answers within the short timeout: fall back to the global STS region.
    region ??= instanceRegion({ ...chain?.instance, fetch: chain?.fetch }).catch(() => "us-east-1");
    return region;
  };
  return baseAwsIamAuth({
    ...rest,
    credentials: rest.credentials ?? awsCredentialChain(chain),
    region: rest.region ?? defaultRegion,
  });
}
