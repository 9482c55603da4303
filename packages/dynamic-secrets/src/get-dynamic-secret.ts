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
import { type DynamicSecret, DynamicSecretResponse } from "./schemas.js";

/** Options of {@link getDynamicSecret}. */
export interface GetDynamicSecretOptions extends LocationOptions {
  /** The dynamic secret's name. */
  name: string;
}

const Options = v.object({ ...LocationEntries, name: DynamicSecretName });

/**
 * Reads a dynamic secret by name, with its metadata and `inputs` (the provider's root
 * credentials: the identity needs the permission to read them). Not cached.
 */
export async function getDynamicSecret(
  client: InfisicalClient,
  options: GetDynamicSecretOptions,
): Promise<DynamicSecret> {
  const o = parseOptions(Options, options);
  const path = `${DYNAMIC_SECRETS_BASE}/${encodeURIComponent(o.name)}`;
  const response = await client.send({
    method: "GET",
    path,
    query: locationOf(o),
    signal: o.signal,
  });
  return parseResponse(DynamicSecretResponse, response, "GET", path).dynamicSecret;
}
