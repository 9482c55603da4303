import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse } from "@infisical-edge/core/internal";
import * as v from "valibot";
import {
  DYNAMIC_SECRETS_BASE,
  LocationEntries,
  type LocationOptions,
  locationOf,
} from "./options.js";
import { type DynamicSecret, ListDynamicSecretsResponse } from "./schemas.js";

/** Options of {@link listDynamicSecrets}: the folder to list. */
export type ListDynamicSecretsOptions = LocationOptions;

const Options = v.object(LocationEntries);

/** Lists the dynamic secrets of a folder (with metadata, without inputs). Not cached. */
export async function listDynamicSecrets(
  client: InfisicalClient,
  options: ListDynamicSecretsOptions,
): Promise<DynamicSecret[]> {
  const o = parseOptions(Options, options);
  const response = await client.send({
    method: "GET",
    path: DYNAMIC_SECRETS_BASE,
    query: locationOf(o),
    signal: o.signal,
  });
  return parseResponse(ListDynamicSecretsResponse, response, "GET", DYNAMIC_SECRETS_BASE)
    .dynamicSecrets;
}
