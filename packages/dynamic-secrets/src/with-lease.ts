import {
  InfisicalApiError,
  type InfisicalClient,
  InfisicalValidationError,
} from "@infisical-edge/core";
import { parseOptions, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { CreateLeaseEntries, type CreateLeaseOptions, createLease } from "./create-lease.js";
import { revokeLease } from "./revoke-lease.js";
import type { DynamicSecret, Lease, LeaseCredentials } from "./schemas.js";

/** Options of {@link withLease}: those of `createLease`, plus how to revoke. */
export interface WithLeaseOptions extends CreateLeaseOptions {
  /** Revoke with `isForced` (drop it even if the provider cannot revoke). Default false. */
  isForced?: boolean;
}

const Options = v.object({ ...CreateLeaseEntries, isForced: v.optional(schemas.Bool, false) });

/** Rejects with the signal's reason as soon as it aborts; otherwise settles as `work` does. */
function untilAborted<R>(work: Promise<R>, signal: AbortSignal | undefined): Promise<R> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<R>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Creates a lease, hands its credentials to `use`, and revokes the lease afterwards: when `use`
 * returns, when it throws, and as soon as `signal` aborts (then `use` is not waited for; pass
 * it the signal so it stops too). The result of `use` is returned; its error is rethrown.
 *
 * An abort while the lease is being created rejects at once; the creation is not cut short
 * (the server may already have issued the credentials) and the lease is revoked as soon as it
 * exists. A revocation that fails after `use` succeeded rejects the call (the credentials stay
 * valid until the lease expires); after `use` failed, `use`'s error wins. A lease that is
 * already gone (404) counts as revoked. `T` names the credentials' shape; it is not checked.
 */
export async function withLease<T extends LeaseCredentials = LeaseCredentials, R = unknown>(
  client: InfisicalClient,
  options: WithLeaseOptions,
  use: (credentials: T, lease: Lease, dynamicSecret: DynamicSecret) => Promise<R> | R,
): Promise<R> {
  const { isForced, signal, ...createOptions } = parseOptions(Options, options);
  // Checked before the lease exists: credentials must not be issued for a call that cannot use them.
  if (typeof use !== "function") {
    throw new InfisicalValidationError([{ field: "use", reason: "expected a function" }]);
  }
  if (signal?.aborted) throw signal.reason;
  // Revocations must run even after `signal` aborted, so neither they nor the creation take it.
  const revoke = (leaseId: string) =>
    revokeLease(client, {
      projectSlug: createOptions.projectSlug,
      environmentSlug: createOptions.environmentSlug,
      path: createOptions.path,
      leaseId,
      isForced,
    }).catch((error: unknown) => {
      if (!(error instanceof InfisicalApiError && error.status === 404)) throw error;
    });

  const creating = createLease<T>(client, createOptions as CreateLeaseOptions);
  let created: Awaited<typeof creating>;
  try {
    created = await untilAborted(creating, signal);
  } catch (error) {
    if (signal?.aborted) {
      creating.then((late) => revoke(late.lease.id)).catch(() => undefined);
    }
    throw error;
  }

  let result: R;
  try {
    const work = Promise.resolve().then(() =>
      use(created.data, created.lease, created.dynamicSecret),
    );
    result = await untilAborted(work, signal);
  } catch (error) {
    await revoke(created.lease.id).catch(() => undefined);
    throw error;
  }
  await revoke(created.lease.id);
  return result;
}
