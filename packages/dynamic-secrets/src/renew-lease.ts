import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse } from "@infisical-edge/core/internal";
import * as v from "valibot";
import type { Duration } from "./duration.js";
import {
  checkWithin,
  LEASES_BASE,
  LeaseId,
  LocationEntries,
  type LocationOptions,
  locationOf,
  maxTtlOf,
  Ttl,
} from "./options.js";
import { type Lease, LeaseResponse } from "./schemas.js";

/** Options of {@link renewLease}. */
export interface RenewLeaseOptions extends LocationOptions {
  /** The lease's id. */
  leaseId: string;
  /** Added to the lease's current expiry (not to now); default the defaultTTL. */
  ttl?: Duration;
  /** The dynamic secret's maxTTL, when you know it: a longer `ttl` is refused locally. */
  maxTTL?: Duration;
  /** Alias of `maxTTL`. */
  maxTtl?: Duration;
}

const Options = v.object({
  ...LocationEntries,
  leaseId: LeaseId,
  ttl: v.optional(Ttl),
  maxTTL: v.optional(Ttl),
  maxTtl: v.optional(Ttl),
});

/**
 * Extends a lease. The server adds `ttl` to the current expiry and refuses (400) an expiry
 * past the lease's creation plus the dynamic secret's maxTTL.
 */
export async function renewLease(
  client: InfisicalClient,
  options: RenewLeaseOptions,
): Promise<Lease> {
  const o = parseOptions(Options, options);
  checkWithin("ttl", o.ttl, maxTtlOf(o));
  const path = `${LEASES_BASE}/${encodeURIComponent(o.leaseId)}/renew`;
  const body = { ...locationOf(o), ttl: o.ttl };
  // Renewing twice extends twice: never repeated after it may have reached the server.
  const response = await client.send({ method: "POST", path, body, signal: o.signal });
  return parseResponse(LeaseResponse, response, "POST", path).lease;
}
