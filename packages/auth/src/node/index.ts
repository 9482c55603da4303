// Node-only conveniences: reading mounted token and key files, and AWS credentials the way
// boto3 finds them (environment, web identity, shared files, container endpoint, EC2 metadata).
// Kept out of the default entry so that edge bundles never see `node:fs` or `process`.

export {
  type ContainerCredentialsOptions,
  containerCredentials,
  hasContainerCredentials,
} from "./aws-container-credentials.js";
export {
  awsCredentialChain,
  type CredentialChainOptions,
} from "./aws-credential-chain.js";
export { awsIamAuth, type NodeAwsIamAuthOptions } from "./aws-iam-auth.js";
export {
  type InstanceMetadataOptions,
  instanceCredentials,
  instanceMetadataDisabled,
  instanceRegion,
} from "./aws-instance-metadata.js";
export { parseAwsIni } from "./aws-shared-config.js";
export { stsEndpoint } from "./aws-web-identity.js";
export { gcpIamAuth, type NodeGcpIamAuthOptions } from "./gcp-iam-auth.js";
export {
  DEFAULT_SERVICE_ACCOUNT_TOKEN_PATH,
  kubernetesAuth,
  type NodeKubernetesAuthOptions,
} from "./kubernetes-auth.js";
