import { badRequest, notFound } from "../http/errors.js";
import { requireMember } from "../projects/lookup.js";
import type { Runtime } from "../runtime.js";
import type { IdentityRecord } from "../state.js";
import type { KeyUsage } from "./algorithms.js";
import { type KmsKeyRecord, kmsKeys } from "./store.js";

// The prelude of every route on one key: the key exists (404), the caller is a member of its
// project (403); for cryptographic operations also enabled and of the right usage (400).

export function keyFor(
  rt: Runtime,
  identity: IdentityRecord,
  keyId: string,
  quoteId = false,
): KmsKeyRecord {
  const key = kmsKeys(rt.state).get(keyId);
  // The server quotes the id on reads and not on writes.
  if (!key) throw notFound(`Key with ID ${quoteId ? `"${keyId}"` : keyId} not found`);
  const project = rt.state.projects.get(key.projectId);
  if (project) requireMember(identity, project);
  return key;
}

/** Disabled wins over a wrong usage, as on the server (even for public-key requests). */
export function requireUsable(key: KmsKeyRecord, usage: KeyUsage): void {
  if (key.isDisabled) throw badRequest("Key is disabled");
  if (key.keyUsage !== usage) {
    throw badRequest(`Unsupported key type, expected ${usage} but got ${key.keyUsage}`);
  }
}
