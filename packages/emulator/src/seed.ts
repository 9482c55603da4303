import { registerToken } from "./auth/issue.js";
import { type MachineAuthConfigs, machineAuthFromSeed } from "./auth/machine/config.js";
import { normalizePath } from "./folders/paths.js";
import { ensureFolder, rootFolder } from "./folders/store.js";
import { findProjectBySlug } from "./projects/lookup.js";
import type { Runtime } from "./runtime.js";
import { createSecret, findSecret } from "./secrets/store.js";
import type { ProjectRecord, ProjectType, SecretType } from "./state.js";

// The initial state, as plain JSON (also the CLI's `--seed file.json`). Ids are optional:
// missing ones come from the deterministic id source.

/**
 * The emulator's initial state, as plain JSON (also the CLI's `--seed file.json`). Ids are
 * optional; missing ones are generated deterministically.
 */
export interface EmulatorSeed {
  /** Machine identities (and users) that can log in. */
  identities?: SeedIdentity[];
  /** Literal bearer tokens for token auth. */
  tokens?: SeedToken[];
  /** Projects with their environments, folders, secrets and imports. */
  projects?: SeedProject[];
}

/** Machine-identity methods besides universal auth: `awsAuth`, `oidcAuth`, `ldapAuth`... */
export interface SeedIdentity extends MachineAuthConfigs {
  /** The identity's id; generated when absent. */
  id?: string;
  /** The identity's name. */
  name?: string;
  /**
   * "user" makes this an Infisical user with a personal token (use `tokens` or `issueToken`):
   * its writes under an approval policy open a change request, and it may hold personal
   * secrets. Default "identity" (a machine identity).
   */
  actor?: "identity" | "user";
  /** Universal auth credentials; omit both for a token-auth-only identity. */
  clientId?: string;
  /** Universal-auth client secret (with `clientId`). */
  clientSecret?: string;
  /** Seconds, default 2592000 (30 days); 0 = never expires. */
  accessTokenTTL?: number;
  /** Seconds, default 2592000; 0 = unlimited renewals. */
  accessTokenMaxTTL?: number;
  /** Project ids or slugs the identity belongs to; omitted = every project. */
  projects?: string[];
}

/** A literal bearer token for an identity (token auth). */
export interface SeedToken {
  /** The literal bearer token (any string). */
  token: string;
  /** The identity the token belongs to. */
  identityId: string;
  /** Seconds from emulator start; omitted or 0 = never expires. */
  ttl?: number;
}

/** One project of a seed. */
export interface SeedProject {
  /** The project's id; generated when absent. */
  id?: string;
  /** The project's slug. */
  slug: string;
  /** The project's name; default the slug in title case. */
  name?: string;
  /** `secret-manager` (default) or `kms`. */
  type?: ProjectType;
  /** Default: dev, staging, prod. */
  environments?: {
    /** The environment's slug. */
    slug: string;
    /** Its display name; default the slug in title case. */
    name?: string;
    /** Its id; generated when absent. */
    id?: string;
  }[];
  /** The project's tags. */
  tags?: {
    /** The tag's slug. */
    slug: string;
    /** Its display name; default the slug. */
    name?: string;
    /** Its colour, e.g. `#ff0000`. */
    color?: string | null;
    /** Its id; generated when absent. */
    id?: string;
  }[];
  /** Creates every ancestor too. */
  folders?: {
    /** The environment's slug. */
    environment: string;
    /** The folder's full path, e.g. `/api/keys`. */
    path: string;
    /** A free-text description. */
    description?: string;
  }[];
  /** The project's secrets. */
  secrets?: SeedSecret[];
  /** Secret imports: a folder importing another environment's folder. */
  imports?: {
    /** The importing folder's environment. */
    environment: string;
    /** The importing folder's path; default `/`. */
    path?: string;
    /** The imported environment. */
    fromEnvironment: string;
    /** The imported folder's path; default `/`. */
    fromPath?: string;
  }[];
  /** Secret approval policies: a user's write there opens a change request instead. */
  approvalPolicies?: {
    /** The environment's slug. */
    environment: string;
    /** The folder path the policy covers; default `/`. */
    secretPath?: string;
    /** The policy's name; default `<environment>-policy`. */
    name?: string;
    /** Approvals needed; default 1. */
    approvals?: number;
  }[];
}

/** One secret of a seed. */
export interface SeedSecret {
  /** The environment's slug. */
  environment: string;
  /** Folder path, default "/"; created when missing. */
  path?: string;
  /** The secret's name. */
  key: string;
  /** The secret's value. */
  value: string;
  /** A comment. */
  comment?: string;
  /** `shared` (default) or `personal`. */
  type?: SecretType;
  /** Tag slugs declared in the project's `tags`. */
  tags?: string[];
  /** Key-value metadata. */
  metadata?: {
    /** The metadata key. */
    key: string;
    /** The metadata value. */
    value: string;
  }[];
}

const DEFAULT_TTL = 2_592_000;

type SeedEnvironment = NonNullable<SeedProject["environments"]>[number];

const DEFAULT_ENVIRONMENTS: SeedEnvironment[] = [
  { slug: "dev", name: "Development" },
  { slug: "staging", name: "Staging" },
  { slug: "prod", name: "Production" },
];

function titleCase(slug: string): string {
  return slug.replace(
    /(^|[-_])(\w)/g,
    (_m, sep: string, ch: string) => `${sep ? " " : ""}${ch.toUpperCase()}`,
  );
}

function seedProject(rt: Runtime, seed: SeedProject): ProjectRecord {
  const now = rt.now();
  const project: ProjectRecord = {
    id: seed.id ?? rt.ids.uuid(),
    slug: seed.slug,
    name: seed.name ?? titleCase(seed.slug),
    type: seed.type ?? "secret-manager",
    environments: (seed.environments ?? DEFAULT_ENVIRONMENTS).map((env, index) => ({
      id: env.id ?? rt.ids.uuid(),
      slug: env.slug,
      name: env.name ?? titleCase(env.slug),
      position: index + 1,
    })),
    tags: (seed.tags ?? []).map((tag) => ({
      id: tag.id ?? rt.ids.uuid(),
      slug: tag.slug,
      name: tag.name ?? tag.slug,
      color: tag.color ?? null,
      createdAt: now,
      updatedAt: now,
      createdBy: null,
      createdByActorType: null,
    })),
    createdAt: now,
    updatedAt: now,
  };
  rt.state.projects.set(project.id, project);
  for (const env of project.environments) rootFolder(rt, project, env.slug);
  for (const folder of seed.folders ?? []) {
    ensureFolder(rt, project, folder.environment, folder.path, folder.description ?? null);
  }
  for (const secret of seed.secrets ?? []) seedSecret(rt, project, secret);
  for (const link of seed.imports ?? []) seedImport(rt, project, link);
  for (const policy of seed.approvalPolicies ?? []) {
    const id = rt.ids.uuid();
    rt.state.approvalPolicies.set(id, {
      id,
      projectId: project.id,
      name: policy.name ?? `${policy.environment}-policy`,
      environment: policy.environment,
      secretPath: policy.secretPath ?? "/",
      approvals: policy.approvals ?? 1,
    });
  }
  return project;
}

function seedSecret(rt: Runtime, project: ProjectRecord, seed: SeedSecret): void {
  const folder = ensureFolder(rt, project, seed.environment, seed.path ?? "/");
  const type = seed.type ?? "shared";
  if (findSecret(rt, folder.id, seed.key, type)) {
    throw new Error(`Seed: duplicate secret ${seed.environment}:${folder.path}:${seed.key}`);
  }
  const tagIds = (seed.tags ?? []).map((slug) => {
    const tag = project.tags.find((candidate) => candidate.slug === slug);
    if (!tag) throw new Error(`Seed: project '${project.slug}' has no tag '${slug}'`);
    return tag.id;
  });
  createSecret(rt, folder, type, {
    secretKey: seed.key,
    secretValue: seed.value,
    secretComment: seed.comment ?? "",
    tagIds,
    secretMetadata: (seed.metadata ?? []).map(({ key, value }) => ({
      key,
      value,
      isEncrypted: false,
    })),
  });
}

function seedImport(
  rt: Runtime,
  project: ProjectRecord,
  link: NonNullable<SeedProject["imports"]>[number],
): void {
  const folder = ensureFolder(rt, project, link.environment, link.path ?? "/");
  ensureFolder(rt, project, link.fromEnvironment, link.fromPath ?? "/");
  const position = [...rt.state.imports.values()].filter((i) => i.folderId === folder.id).length;
  const now = rt.now();
  const id = rt.ids.uuid();
  rt.state.imports.set(id, {
    id,
    folderId: folder.id,
    importEnvironment: link.fromEnvironment,
    importPath: normalizePath(link.fromPath ?? "/"),
    position: position + 1,
    version: 1,
    isReplication: false,
    createdAt: now,
    updatedAt: now,
  });
}

function projectIdFor(rt: Runtime, idOrSlug: string): string {
  if (rt.state.projects.has(idOrSlug)) return idOrSlug;
  const project = findProjectBySlug(rt, idOrSlug);
  if (!project) throw new Error(`Seed: unknown project '${idOrSlug}' in an identity's projects`);
  return project.id;
}

/** Loads a seed into the state (projects first, so identities can reference them). */
export function applySeed(rt: Runtime, seed: EmulatorSeed): void {
  for (const project of seed.projects ?? []) seedProject(rt, project);
  for (const identity of seed.identities ?? []) {
    const id = identity.id ?? rt.ids.uuid();
    rt.state.identities.set(id, {
      id,
      name: identity.name ?? id,
      actor: identity.actor ?? "identity",
      clientId: identity.clientId,
      clientSecret: identity.clientSecret,
      accessTokenTTL: identity.accessTokenTTL ?? DEFAULT_TTL,
      accessTokenMaxTTL: identity.accessTokenMaxTTL ?? DEFAULT_TTL,
      projects: identity.projects?.map((ref) => projectIdFor(rt, ref)),
      ...machineAuthFromSeed(identity),
    });
  }
  for (const token of seed.tokens ?? []) {
    registerToken(rt, token.token, token.identityId, { ttl: token.ttl ?? 0 });
  }
}
