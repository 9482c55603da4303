import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse } from "@infisical-edge/core/internal";
import * as v from "valibot";
import {
  DYNAMIC_SECRETS_BASE,
  DynamicSecretName,
  LocationEntries,
  type LocationOptions,
  locationOf,
} from "./options.js";
import { type Lease, ListLeasesResponse } from "./schemas.js";

/** Options of {@link listLeases}. */
export interface ListLeasesOptions extends LocationOptions {
  /** The dynamic secret's name. */
  dynamicSecretName: string;
}

const Options = v.object({ ...LocationEntries, dynamicSecretName: DynamicSecretName });

/** Lists the live leases of a dynamic secret (never their credentials). */
export async function listLeases(
  client: InfisicalClient,
  options: ListLeasesOptions,
): Promise<Lease[]> {
  const o = parseOptions(Options, options);
  const path = `${DYNAMIC_SECRETS_BASE}/${encodeURIComponent(o.dynamicSecretName)}/leases`;
  const response = await client.send({
    method: "GET",
    path,
    query: locationOf(o),
    signal: o.signal,
  });
  return parseResponse(ListLeasesResponse, response, "GET", path).leases;
}
