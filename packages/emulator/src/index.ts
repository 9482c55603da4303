export type { IssueOptions } from "./auth/issue";
export { DEMO_IDENTITY_ID, DEMO_PROJECT_ID, demoSeed } from "./demo-seed";
export { createEmulator } from "./emulator";
export type { Fault, FaultControl, FaultInfo, FaultKind, FaultRule } from "./faults/types";
export { type KmsKeyRecord, kmsKeys } from "./kms/store";
export type { EmulatorPlan } from "./plan";
export type {
  EmulatorSeed,
  SeedIdentity,
  SeedProject,
  SeedSecret,
  SeedToken,
} from "./seed";
export type {
  DynamicSecretRecord,
  EmulatorState,
  EnvironmentRecord,
  FolderRecord,
  IdentityRecord,
  ImportRecord,
  IssuedToken,
  LeaseRecord,
  ProjectRecord,
  SecretRecord,
  SecretVersionRecord,
  TagRecord,
  TokenSession,
} from "./state";
export type { Emulator, EmulatorOptions, RecordedRequest, RequestFilter } from "./types";
