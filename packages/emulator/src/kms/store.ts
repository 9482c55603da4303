import { iso } from "../clock.js";
import type { Runtime } from "../runtime.js";
import type { EmulatorState } from "../state.js";
import { isSymmetric, type KeyAlgorithm, type KeyUsage } from "./algorithms.js";
import { asymmetricMaterial, type KeyMaterial, symmetricMaterial } from "./material.js";

// KMS keys live beside the rest of the state, keyed by the state object, so the shared
// EmulatorState type needs no KMS fields. Tests reach them with `kmsKeys(emulator.state)`.

/** One KMS key of the emulator (`kmsKeys(emulator.state)`). */
export interface KmsKeyRecord {
  /** The key's id. */
  id: string;
  /** The id of the project holding it. */
  projectId: string;
  /** The id of the organization owning it. */
  orgId: string;
  /** The key's name. */
  name: string;
  /** A free-text description, or null. */
  description: string | null;
  /** Whether the key refuses every operation. */
  isDisabled: boolean;
  /** `encrypt-decrypt` or `sign-verify`. */
  keyUsage: KeyUsage;
  /** The key algorithm, e.g. `aes-256-gcm` or `RSA_4096`. */
  encryptionAlgorithm: KeyAlgorithm;
  /** The key's version. */
  version: number;
  /** Creation time (epoch ms). */
  createdAt: number;
  /** Last change (epoch ms). */
  updatedAt: number;
  /** Never serialised. */
  material: KeyMaterial;
}

interface KmsStore {
  keys: Map<string, KmsKeyRecord>;
  /** The emulator has one organization; its id is made on first use. */
  orgId?: string;
}

const stores = new WeakMap<EmulatorState, KmsStore>();

function storeOf(state: EmulatorState): KmsStore {
  let store = stores.get(state);
  if (!store) {
    store = { keys: new Map() };
    stores.set(state, store);
  }
  return store;
}

/** Every KMS key of an emulator, by id. */
export const kmsKeys = (state: EmulatorState): Map<string, KmsKeyRecord> => storeOf(state).keys;

export function findKeyByName(
  rt: Runtime,
  projectId: string,
  name: string,
): KmsKeyRecord | undefined {
  for (const key of kmsKeys(rt.state).values()) {
    if (key.projectId === projectId && key.name === name) return key;
  }
  return undefined;
}

export interface NewKey {
  projectId: string;
  name: string;
  description: string | null;
  keyUsage: KeyUsage;
  encryptionAlgorithm: KeyAlgorithm;
}

export function createKey(rt: Runtime, input: NewKey): KmsKeyRecord {
  const store = storeOf(rt.state);
  store.orgId ??= rt.ids.uuid();
  const now = rt.now();
  const algorithm = input.encryptionAlgorithm;
  const key: KmsKeyRecord = {
    id: rt.ids.uuid(),
    orgId: store.orgId,
    isDisabled: false,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...input,
    material: isSymmetric(algorithm) ? symmetricMaterial(algorithm) : asymmetricMaterial(algorithm),
  };
  store.keys.set(key.id, key);
  return key;
}

/** The server's key object (`CmekSchema`), field for field. */
export function keyJson(key: KmsKeyRecord) {
  return {
    id: key.id,
    description: key.description,
    isDisabled: key.isDisabled,
    orgId: key.orgId,
    name: key.name,
    createdAt: iso(key.createdAt),
    updatedAt: iso(key.updatedAt),
    projectId: key.projectId,
    keyUsage: key.keyUsage,
    kmipMetadata: null,
    isExportable: true,
    version: key.version,
    encryptionAlgorithm: key.encryptionAlgorithm,
  };
}
