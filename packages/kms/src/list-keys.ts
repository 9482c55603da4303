import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { ListKeysResponse, type ListKeysResult } from "./key-schemas.js";
import { KMS_BASE, Signal } from "./options.js";

/** Options of {@link listKeys}. */
export interface ListKeysOptions {
  /** A project of type `kms`. */
  projectId: string;
  /** Default 0. */
  offset?: number;
  /** 1 to 100, default 100. */
  limit?: number;
  /** Only `name` (the default). */
  orderBy?: "name";
  /** Default `asc`. */
  orderDirection?: "asc" | "desc";
  /** Only keys whose name contains this text. */
  search?: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const Options = v.object({
  projectId: schemas.ProjectId,
  offset: v.optional(
    v.pipe(
      v.number("a number"),
      v.integer("a whole number"),
      v.minValue(0, "an offset of at least 0"),
    ),
    0,
  ),
  limit: v.optional(
    v.pipe(
      v.number("a number"),
      v.integer("a whole number"),
      v.minValue(1, "a limit of at least 1"),
      v.maxValue(100, "a limit of at most 100"),
    ),
    100,
  ),
  orderBy: v.optional(v.picklist(["name"], "name"), "name"),
  orderDirection: v.optional(v.picklist(["asc", "desc"], "asc or desc"), "asc"),
  search: v.optional(schemas.NonEmpty),
  signal: Signal,
});

/**
 * Lists a KMS project's keys, a page at a time. Not cached: a key disabled a moment ago must
 * show as disabled.
 */
export async function listKeys(
  client: InfisicalClient,
  options: ListKeysOptions,
): Promise<ListKeysResult> {
  const { signal, ...query } = parseOptions(Options, options);
  const response = await client.send({ method: "GET", path: KMS_BASE, query, signal });
  const body = parseResponse(ListKeysResponse, response, "GET", KMS_BASE);
  return { keys: body.keys, totalCount: body.totalCount };
}
