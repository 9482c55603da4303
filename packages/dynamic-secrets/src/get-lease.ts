import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse } from "@infisical-edge/core/internal";
import * as v from "valibot";
import {
  LEASES_BASE,
  LeaseId,
  LocationEntries,
  type LocationOptions,
  locationOf,
} from "./options.js";
import { type LeaseDetails, LeaseDetailsResponse } from "./schemas.js";

/** Options of {@link getLease}. */
export interface GetLeaseOptions extends LocationOptions {
  /** The lease's id. */
  leaseId: string;
}

const Options = v.object({ ...LocationEntries, leaseId: LeaseId });

/** Reads a lease (expiry, status) with its dynamic secret. Never the credentials. */
export async function getLease(
  client: InfisicalClient,
  options: GetLeaseOptions,
): Promise<LeaseDetails> {
  const o = parseOptions(Options, options);
  const path = `${LEASES_BASE}/${encodeURIComponent(o.leaseId)}`;
  const response = await client.send({
    method: "GET",
    path,
    query: locationOf(o),
    signal: o.signal,
  });
  return parseResponse(LeaseDetailsResponse, response, "GET", path).lease;
}
