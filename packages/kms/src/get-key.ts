import type { InfisicalClient } from "@infisical-edge/core";
import { parseOptions, parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { KeyNameLookup } from "./key-options.js";
import { KeyResponse, type KmsKey } from "./key-schemas.js";
import { KeyId, KMS_BASE, keyUrl, Signal } from "./options.js";

/** Options of {@link getKeyById}. */
export interface GetKeyByIdOptions {
  /** The key's id. */
  keyId: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

/** Options of {@link getKeyByName}. */
export interface GetKeyByNameOptions {
  /** The id of the project (of type `kms`) holding the key. */
  projectId: string;
  /** The key's name. */
  keyName: string;
  /** Aborts the request. */
  signal?: AbortSignal;
}

const ByIdOptions = v.object({ keyId: KeyId, signal: Signal });
const ByNameOptions = v.object({
  projectId: schemas.ProjectId,
  keyName: KeyNameLookup,
  signal: Signal,
});

async function getKey(
  client: InfisicalClient,
  path: string,
  query: Record<string, string> | undefined,
  signal: AbortSignal | undefined,
): Promise<KmsKey> {
  const response = await client.send({ method: "GET", path, query, signal });
  return parseResponse(KeyResponse, response, "GET", path).key;
}

/** Reads a key by id. */
export async function getKeyById(
  client: InfisicalClient,
  options: GetKeyByIdOptions,
): Promise<KmsKey> {
  const o = parseOptions(ByIdOptions, options);
  return getKey(client, keyUrl(o.keyId), undefined, o.signal);
}

/** Reads a key by its name within a project. */
export async function getKeyByName(
  client: InfisicalClient,
  options: GetKeyByNameOptions,
): Promise<KmsKey> {
  const o = parseOptions(ByNameOptions, options);
  const path = `${KMS_BASE}/key-name/${encodeURIComponent(o.keyName)}`;
  return getKey(client, path, { projectId: o.projectId }, o.signal);
}
