import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse } from "@infisical-edge/core/internal";
import * as v from "valibot";
import type { Duration } from "./duration.js";
import { jsonRecord } from "./json-record.js";
import {
  checkWithin,
  DynamicSecretName,
  LEASES_BASE,
  LocationEntries,
  type LocationOptions,
  locationOf,
  maxTtlOf,
  Ttl,
} from "./options.js";
import { type CreatedLease, CreateLeaseResponse, type LeaseCredentials } from "./schemas.js";

/** Options of {@link createLease}. */
export interface CreateLeaseOptions extends LocationOptions {
  /** The dynamic secret's name. */
  dynamicSecretName: string;
  /** How long the credentials live; default the dynamic secret's defaultTTL. */
  ttl?: Duration;
  /**
   * The dynamic secret's maxTTL, when you know it: a longer `ttl` is then refused before any
   * request (the server refuses it anyway, with a 400). Alias: `maxTtl`.
   */
  maxTTL?: Duration;
  /** Alias of `maxTTL`. */
  maxTtl?: Duration;
  /** Per-lease provider settings (a Kubernetes namespace, SSH principals...). */
  config?: Record<string, unknown>;
}

export const CreateLeaseEntries = {
  ...LocationEntries,
  dynamicSecretName: DynamicSecretName,
  ttl: v.optional(Ttl),
  maxTTL: v.optional(Ttl),
  maxTtl: v.optional(Ttl),
  config: v.optional(jsonRecord("an object of lease settings")),
};

const Options = v.object(CreateLeaseEntries);

/**
 * Creates a lease: fresh credentials from the dynamic secret's provider, in `data`. They are
 * secrets: the SDK never caches them, logs them or puts them in an error.
 * `T` names the credentials' shape (e.g. `DatabaseCredentials`); it is not checked.
 */
export async function createLease<T extends LeaseCredentials = LeaseCredentials>(
  client: InfisicalClient,
  options: CreateLeaseOptions,
): Promise<CreatedLease<T>> {
  const o = parseOptions(Options, options);
  checkWithin("ttl", o.ttl, maxTtlOf(o));
  const body = {
    ...locationOf(o),
    dynamicSecretName: o.dynamicSecretName,
    ttl: o.ttl,
    config: o.config,
  };
  const response = await client.send({ method: "POST", path: LEASES_BASE, body, signal: o.signal });
  return parseResponse(CreateLeaseResponse, response, "POST", LEASES_BASE) as CreatedLease<T>;
}
