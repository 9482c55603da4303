import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import {
  LEASES_BASE,
  LeaseId,
  LocationEntries,
  type LocationOptions,
  locationOf,
} from "./options.js";
import { type Lease, LeaseResponse } from "./schemas.js";

/** Options of {@link revokeLease}. */
export interface RevokeLeaseOptions extends LocationOptions {
  /** The lease's id. */
  leaseId: string;
  /** Drop it in Infisical even if the provider cannot revoke the credentials. Default false. */
  isForced?: boolean;
}

const Options = v.object({
  ...LocationEntries,
  leaseId: LeaseId,
  isForced: v.optional(schemas.Bool, false),
});

/**
 * Revokes a lease's credentials. If the provider refuses (and not forced), the server keeps the
 * lease and answers it with `status: "Failed to delete"`.
 */
export async function revokeLease(
  client: InfisicalClient,
  options: RevokeLeaseOptions,
): Promise<Lease> {
  const o = parseOptions(Options, options);
  const path = `${LEASES_BASE}/${encodeURIComponent(o.leaseId)}`;
  const body = { ...locationOf(o), isForced: o.isForced };
  const response = await client.send({ method: "DELETE", path, body, signal: o.signal });
  return parseResponse(LeaseResponse, response, "DELETE", path).lease;
}
