import type { Runtime } from "../runtime.js";
import type { DynamicSecretRecord, LeaseRecord } from "../state.js";

// Dynamic secrets and leases in the state maps. The server revokes a lease in a background job
// at its expiry; here every request first sweeps the leases whose expiry has passed on the
// emulator's clock, so `advanceClock` expires them.

export const STATUS_DELETING = "Revocation in process";
export const STATUS_FAILED = "Failed to delete";
const REVOKE_FAILURE = "The provider refused to revoke the credentials";

export function findDynamicSecret(
  rt: Runtime,
  folderId: string,
  name: string,
): DynamicSecretRecord | undefined {
  for (const ds of rt.state.dynamicSecrets.values()) {
    if (ds.folderId === folderId && ds.name === name) return ds;
  }
  return undefined;
}

export function dynamicSecretsIn(rt: Runtime, folderId: string): DynamicSecretRecord[] {
  return [...rt.state.dynamicSecrets.values()]
    .filter((ds) => ds.folderId === folderId)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Leases of one dynamic secret, oldest first (as the server lists them). */
export function leasesOf(rt: Runtime, dynamicSecretId: string): LeaseRecord[] {
  return [...rt.state.leases.values()]
    .filter((lease) => lease.dynamicSecretId === dynamicSecretId)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * Revokes a lease at its provider. Returns true when the lease is gone; false when the provider
 * refused, in which case the lease is kept and marked failed (unless `isForced`).
 */
export function revokeLease(rt: Runtime, lease: LeaseRecord, isForced: boolean): boolean {
  const ds = rt.state.dynamicSecrets.get(lease.dynamicSecretId);
  if (ds?.revocationFails && !isForced) {
    lease.status = STATUS_FAILED;
    lease.statusDetails = REVOKE_FAILURE;
    lease.updatedAt = rt.now();
    return false;
  }
  rt.state.leases.delete(lease.id);
  return true;
}

/** What the server's revocation job does at each lease's expiry. */
export function sweepExpiredLeases(rt: Runtime): void {
  const now = rt.now();
  for (const lease of [...rt.state.leases.values()]) {
    if (lease.expireAt <= now && lease.status !== STATUS_FAILED) revokeLease(rt, lease, false);
  }
}

/** Drops a dynamic secret and its leases without asking the provider (forced delete). */
export function dropDynamicSecret(rt: Runtime, ds: DynamicSecretRecord): void {
  for (const lease of leasesOf(rt, ds.id)) rt.state.leases.delete(lease.id);
  rt.state.dynamicSecrets.delete(ds.id);
}

/**
 * The server's pruning job after a delete with live leases: revoke them all, then delete the
 * dynamic secret; if the provider refuses, the dynamic secret stays, marked failed.
 */
export function pruneDynamicSecret(rt: Runtime, ds: DynamicSecretRecord): void {
  if (ds.revocationFails) {
    ds.status = STATUS_FAILED;
    ds.statusDetails = REVOKE_FAILURE;
    ds.updatedAt = rt.now();
    return;
  }
  dropDynamicSecret(rt, ds);
}
