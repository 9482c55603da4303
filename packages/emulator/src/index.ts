export type { IssueOptions } from "./auth/issue.js";
export { DEMO_IDENTITY_ID, DEMO_PROJECT_ID, demoSeed } from "./demo-seed.js";
export { createEmulator } from "./emulator.js";
export type { Fault, FaultControl, FaultInfo, FaultKind, FaultRule } from "./faults/types.js";
export { type KmsKeyRecord, kmsKeys } from "./kms/store.js";
export type { EmulatorPlan } from "./plan.js";
export type {
  EmulatorSeed,
  SeedIdentity,
  SeedProject,
  SeedSecret,
  SeedToken,
} from "./seed.js";
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
} from "./state.js";
export type { Emulator, EmulatorOptions, RecordedRequest, RequestFilter } from "./types.js";
