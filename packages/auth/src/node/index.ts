// Node-only conveniences: reading mounted token and key files, and the AWS container and
// EC2 instance metadata credential endpoints. Kept out of the default entry so that edge
// bundles never see `node:fs` or `process`.

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
  instanceRegion,
} from "./aws-instance-metadata.js";
export { gcpIamAuth, type NodeGcpIamAuthOptions } from "./gcp-iam-auth.js";
export {
  DEFAULT_SERVICE_ACCOUNT_TOKEN_PATH,
  kubernetesAuth,
  type NodeKubernetesAuthOptions,
} from "./kubernetes-auth.js";
