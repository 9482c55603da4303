import type { MachineAuthConfigs } from "./auth/machine/config.js";

// The emulator's whole world, held in plain maps keyed by id. Times are epoch milliseconds.
// Tests may read and poke it directly (`emulator.state`).

export type ProjectType = "secret-manager" | "kms";
export type SecretType = "shared" | "personal";

/** One environment of a project. */
export interface EnvironmentRecord {
  /** The environment's id. */
  id: string;
  /** The environment's slug, e.g. `dev`. */
  slug: string;
  /** The environment's display name. */
  name: string;
  /** Sort position among the project's environments. */
  position: number;
}

/** One project tag. */
export interface TagRecord {
  /** The tag's id. */
  id: string;
  /** The tag's slug. */
  slug: string;
  /** The tag's display name. */
  name: string;
  /** The tag's colour, or null. */
  color: string | null;
  /** Creation time (epoch ms). */
  createdAt: number;
  /** Last change (epoch ms). */
  updatedAt: number;
  /** The identity or user that created it; null for seeded tags. */
  createdBy: string | null;
  /** The kind of actor that created it; null for seeded tags. */
  createdByActorType: ActorType | null;
}

/** Machine identities log in with a method; users hold personal tokens (token auth). */
export type ActorType = "identity" | "user";

/** One project with its environments and tags. */
export interface ProjectRecord {
  /** The project's id. */
  id: string;
  /** The project's slug. */
  slug: string;
  /** The project's name. */
  name: string;
  /** `secret-manager` or `kms`. */
  type: ProjectType;
  /** The project's environments. */
  environments: EnvironmentRecord[];
  /** The project's tags. */
  tags: TagRecord[];
  /** Creation time (epoch ms). */
  createdAt: number;
  /** Last change (epoch ms). */
  updatedAt: number;
}

/** A machine identity (or a user holding a personal token) and its auth-method configurations. */
export interface IdentityRecord extends MachineAuthConfigs {
  /** The identity's id. */
  id: string;
  /** The identity's name. */
  name: string;
  /** "user" stands for an Infisical user: approval policies and personal secrets apply. */
  actor: ActorType;
  /** Universal-auth client id, when the identity has universal auth. */
  clientId?: string;
  /** Universal-auth client secret, when the identity has universal auth. */
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
  /** The session's id. */
  id: string;
  /** The identity the session belongs to. */
  identityId: string;
  /** Token TTL in seconds; 0 = never expires. */
  ttl: number;
  /** Max TTL in seconds; 0 = unlimited. */
  maxTtl: number;
  /** First issue time (epoch ms). */
  createdAt: number;
  /** Whether the session was revoked (every token of it is then refused). */
  revoked: boolean;
}

/** One token string handed out; each carries its own expiry (like a JWT's `exp`). */
export interface IssuedToken {
  /** The token string. */
  token: string;
  /** The session the token belongs to. */
  sessionId: string;
  /** Expiry (epoch ms); null when it never expires. */
  expiresAt: number | null;
}

/** One folder of an environment. */
export interface FolderRecord {
  /** The folder's id. */
  id: string;
  /** The id of the project holding it. */
  projectId: string;
  /** The environment's slug. */
  environment: string;
  /** The environment's id. */
  envId: string;
  /** The parent folder's id; null for the root. */
  parentId: string | null;
  /** The folder's name. */
  name: string;
  /** Full path, "/" for the environment's root. */
  path: string;
  /** The folder's version, incremented by each change. */
  version: number;
  /** A free-text description, or null. */
  description: string | null;
  /** Whether the folder is reserved by the server. */
  isReserved: boolean;
  /** Creation time (epoch ms). */
  createdAt: number;
  /** Last change (epoch ms). */
  updatedAt: number;
  /** Last change of a secret inside (epoch ms); null when none yet. */
  lastSecretModified: number | null;
}

/** One metadata pair of a secret. */
export interface SecretMetadataEntry {
  /** The metadata key. */
  key: string;
  /** The metadata value. */
  value: string;
  /** Whether the value is flagged as encrypted. */
  isEncrypted: boolean;
}

/** The fields that change between versions. */
export interface SecretFields {
  /** The secret's name. */
  secretKey: string;
  /** The secret's value, in the clear. */
  secretValue: string;
  /** The comment; empty when none. */
  secretComment: string;
  /** The rotation reminder's note. */
  secretReminderNote: string | null;
  /** Days between rotation reminders. */
  secretReminderRepeatDays: number | null;
  /** Whether the value skips the server's multiline encoding. */
  skipMultilineEncoding: boolean;
  /** Ids of the attached tags. */
  tagIds: string[];
  /** Key-value metadata. */
  secretMetadata: SecretMetadataEntry[];
  /** The legacy `metadata` record, when a write sent one. */
  metadata: Record<string, string> | null;
}

/** One past (or the current) version of a secret. */
export interface SecretVersionRecord extends SecretFields {
  /** The version number. */
  version: number;
  /** When this version was written (epoch ms). */
  updatedAt: number;
}

/** One secret, with its history. */
export interface SecretRecord extends SecretFields {
  /** The secret's id. */
  id: string;
  /** The id of the project holding it. */
  projectId: string;
  /** The id of the folder holding it. */
  folderId: string;
  /** The environment's slug. */
  environment: string;
  /** `shared`, or `personal` for a user's override. */
  type: SecretType;
  /** The current version number. */
  version: number;
  /** Creation time (epoch ms). */
  createdAt: number;
  /** Last change (epoch ms). */
  updatedAt: number;
  /** Every version including the current one, oldest first. */
  history: SecretVersionRecord[];
}

/** One secret import of a folder. */
export interface ImportRecord {
  /** The import's id. */
  id: string;
  /** The id of the folder holding the import. */
  folderId: string;
  /** The slug of the imported environment. */
  importEnvironment: string;
  /** The imported folder path. */
  importPath: string;
  /** 1-based position among the folder's imports. */
  position: number;
  /** The import's version. */
  version: number;
  /** Whether the import replicates (copies) the secrets. */
  isReplication: boolean;
  /** Creation time (epoch ms). */
  createdAt: number;
  /** Last change (epoch ms). */
  updatedAt: number;
}

/** A dynamic secret: a provider configuration that issues short-lived credentials. */
export interface DynamicSecretRecord {
  /** The dynamic secret's id. */
  id: string;
  /** The id of the project holding it. */
  projectId: string;
  /** The id of the folder holding it. */
  folderId: string;
  /** The dynamic secret's name. */
  name: string;
  /** The version (1 in the emulator). */
  version: number;
  /** The provider type, e.g. `sql-database`. */
  type: string;
  /** Provider configuration, as validated and normalised at create/update. */
  inputs: Record<string, unknown>;
  /** Default lease TTL, as given (e.g. `1h`). */
  defaultTTL: string;
  /** Max lease TTL, as given; null when unlimited. */
  maxTTL: string | null;
  /** The status (`Failed to delete`...); null when healthy. */
  status: string | null;
  /** Details of the status. */
  statusDetails: string | null;
  /** Template of lease usernames. */
  usernameTemplate: string | null;
  /** Key-value metadata. */
  metadata: {
    /** The metadata key. */
    key: string;
    /** The metadata value. */
    value: string;
  }[];
  /** Creation time (epoch ms). */
  createdAt: number;
  /** Last change (epoch ms). */
  updatedAt: number;
  /** Test hook: the provider refuses to revoke (what `isForced` exists for). */
  revocationFails: boolean;
}

/** One issued set of credentials. The credentials themselves are never stored. */
export interface LeaseRecord {
  /** The lease's id. */
  id: string;
  /** The id of the dynamic secret that issued it. */
  dynamicSecretId: string;
  /** The lease's version (1 in the emulator). */
  version: number;
  /** The provider-side name of the credentials. */
  externalEntityId: string;
  /** Expiry (epoch ms). */
  expireAt: number;
  /** The status (`Failed to delete`...); null when healthy. */
  status: string | null;
  /** Details of the status. */
  statusDetails: string | null;
  /** The per-lease provider configuration. */
  config: unknown;
  /** Creation time (epoch ms). */
  createdAt: number;
  /** Last renewal or change (epoch ms). */
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

/**
 * The emulator's whole world (`emulator.state`): plain maps keyed by id, which tests may read
 * and change directly.
 */
export interface EmulatorState {
  /** Projects by id. */
  projects: Map<string, ProjectRecord>;
  /** Identities by id. */
  identities: Map<string, IdentityRecord>;
  /** Token sessions by id. */
  sessions: Map<string, TokenSession>;
  /** Issued tokens by token string. */
  tokens: Map<string, IssuedToken>;
  /** Folders by id. */
  folders: Map<string, FolderRecord>;
  /** Secrets by id. */
  secrets: Map<string, SecretRecord>;
  /** Secret imports by id. */
  imports: Map<string, ImportRecord>;
  /** Dynamic secrets by id. */
  dynamicSecrets: Map<string, DynamicSecretRecord>;
  /** Leases by id. */
  leases: Map<string, LeaseRecord>;
  /** Secret approval policies by id. */
  approvalPolicies: Map<string, ApprovalPolicyRecord>;
  /** Change requests by id. */
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
