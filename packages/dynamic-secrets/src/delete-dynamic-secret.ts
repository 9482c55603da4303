import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import {
  DYNAMIC_SECRETS_BASE,
  DynamicSecretName,
  LocationEntries,
  type LocationOptions,
  locationOf,
} from "./options.js";
import { type DynamicSecret, DynamicSecretResponse } from "./schemas.js";

/** Options of {@link deleteDynamicSecret}. */
export interface DeleteDynamicSecretOptions extends LocationOptions {
  /** The dynamic secret's name. */
  name: string;
  /** Delete it in Infisical even if the provider cannot revoke its leases. Default false. */
  isForced?: boolean;
}

const Options = v.object({
  ...LocationEntries,
  name: DynamicSecretName,
  isForced: v.optional(schemas.Bool, false),
});

/**
 * Deletes a dynamic secret. With live leases (and not forced) the server answers at once with
 * `status: "Revocation in process"` and revokes them in the background first.
 */
export async function deleteDynamicSecret(
  client: InfisicalClient,
  options: DeleteDynamicSecretOptions,
): Promise<DynamicSecret> {
  const o = parseOptions(Options, options);
  const path = `${DYNAMIC_SECRETS_BASE}/${encodeURIComponent(o.name)}`;
  const body = { ...locationOf(o), isForced: o.isForced };
  const response = await client.send({ method: "DELETE", path, body, signal: o.signal });
  return parseResponse(DynamicSecretResponse, response, "DELETE", path).dynamicSecret;
}
