import type { MachineAuthConfigs } from "./auth/machine/config.js";

// The emulator's whole world, held in plain maps keyed by id. Times are epoch milliseconds.
// Tests may read and poke it directly (`emulator.state`).

export type ProjectType = "secret-manager" | "kms";
export type SecretType = "shared" | "personal";

export interface EnvironmentRecord {
  id: string;
  slug: string;
  name: string;
  position: number;
}

export interface TagRecord {
  id: string;
  slug: string;
  name: string;
  color: string | null;
  createdAt: number;
  updatedAt: number;
  /** The identity or user that created it; null for seeded tags. */
  createdBy: string | null;
  createdByActorType: ActorType | null;
}

/** Machine identities log in with a method; users hold personal tokens (token auth). */
export type ActorType = "identity" | "user";

export interface ProjectRecord {
  id: string;
  slug: string;
  name: string;
  type: ProjectType;
  environments: EnvironmentRecord[];
  tags: TagRecord[];
  createdAt: number;
  updatedAt: number;
}

export interface IdentityRecord extends MachineAuthConfigs {
  id: string;
  name: string;
  /** "user" stands for an Infisical user: approval policies and personal secrets apply. */
  actor: ActorType;
  clientId?: string;
  clientSecret?: string;
  /** Seconds; 0 = the token never expires. */
  accessTokenTTL: number;
  /** Seconds since first issue after which renewals stop; 0 = unlimited. */
  accessTokenMaxTTL: number;
  /** Project ids the identity is a member of; undefined = every project. */
  projects?: string[];
}

/** One access-token "row": renewals and revocation apply to the whole session. */
export interface TokenSession {
  id: string;
  identityId: string;
  ttl: number;
  maxTtl: number;
  createdAt: number;
  revoked: boolean;
}

/** One token string handed out; each carries its own expiry (like a JWT's `exp`). */
export interface IssuedToken {
  token: string;
  sessionId: string;
  expiresAt: number | null;
}

export interface FolderRecord {
  id: string;
  projectId: string;
  environment: string;
  envId: string;
  parentId: string | null;
  name: string;
  /** Full path, "/" for the environment's root. */
  path: string;
  version: number;
  description: string | null;
  isReserved: boolean;
  createdAt: number;
  updatedAt: number;
  lastSecretModified: number | null;
}

export interface SecretMetadataEntry {
  key: string;
  value: string;
  isEncrypted: boolean;
}

/** The fields that change between versions. */
export interface SecretFields {
  secretKey: string;
  secretValue: string;
  secretComment: string;
  secretReminderNote: string | null;
  secretReminderRepeatDays: number | null;
  skipMultilineEncoding: boolean;
  tagIds: string[];
  secretMetadata: SecretMetadataEntry[];
  metadata: Record<string, string> | null;
}

export interface SecretVersionRecord extends SecretFields {
  version: number;
  updatedAt: number;
}

export interface SecretRecord extends SecretFields {
  id: string;
  projectId: string;
  folderId: string;
  environment: string;
  type: SecretType;
  version: number;
  createdAt: number;
  updatedAt: number;
  /** Every version including the current one, oldest first. */
  history: SecretVersionRecord[];
}

export interface ImportRecord {
  id: string;
  folderId: string;
  importEnvironment: string;
  importPath: string;
  position: number;
  version: number;
  isReplication: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A dynamic secret: a provider configuration that issues short-lived credentials. */
export interface DynamicSecretRecord {
  id: string;
  projectId: string;
  folderId: string;
  name: string;
  version: number;
  type: string;
  /** Provider configuration, as validated and normalised at create/update. */
  inputs: Record<string, unknown>;
  defaultTTL: string;
  maxTTL: string | null;
  status: string | null;
  statusDetails: string | null;
  usernameTemplate: string | null;
  metadata: { key: string; value: string }[];
  createdAt: number;
  updatedAt: number;
  /** Test hook: the provider refuses to revoke (what `isForced` exists for). */
  revocationFails: boolean;
}

/** One issued set of credentials. The credentials themselves are never stored. */
export interface LeaseRecord {
  id: string;
  dynamicSecretId: string;
  version: number;
  externalEntityId: string;
  expireAt: number;
  status: string | null;
  statusDetails: string | null;
  config: unknown;
  createdAt: number;
  updatedAt: number;
}

/** A secret approval policy: writes by users at a matching environment and path need review. */
export interface ApprovalPolicyRecord {
  id: string;
  projectId: string;
  name: string;
  environment: string;
  /** A folder path; `*` matches one segment's characters, `**` any depth (as picomatch). */
  secretPath: string;
  approvals: number;
}

/** A change request opened instead of a user's write; the change itself is not applied. */
export interface ApprovalRequestRecord {
  id: string;
  policyId: string;
  folderId: string;
  slug: string;
  committerUserId: string;
  /** What the write would have done, for tests to inspect. */
  operation: "create" | "update" | "delete";
  secretKeys: string[];
  createdAt: number;
}

export interface EmulatorState {
  projects: Map<string, ProjectRecord>;
  identities: Map<string, IdentityRecord>;
  sessions: Map<string, TokenSession>;
  tokens: Map<string, IssuedToken>;
  folders: Map<string, FolderRecord>;
  secrets: Map<string, SecretRecord>;
  imports: Map<string, ImportRecord>;
  dynamicSecrets: Map<string, DynamicSecretRecord>;
  leases: Map<string, LeaseRecord>;
  approvalPolicies: Map<string, ApprovalPolicyRecord>;
  approvalRequests: Map<string, ApprovalRequestRecord>;
}

export function createState(): EmulatorState {
  return {
    projects: new Map(),
    identities: new Map(),
    sessions: new Map(),
    tokens: new Map(),
    folders: new Map(),
    secrets: new Map(),
    imports: new Map(),
    dynamicSecrets: new Map(),
    leases: new Map(),
    approvalPolicies: new Map(),
    approvalRequests: new Map(),
  };
}
