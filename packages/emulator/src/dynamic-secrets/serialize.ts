import { iso } from "../clock.js";
import type { DynamicSecretRecord, LeaseRecord } from "../state.js";

// JSON in the recorded key order. Which extras a route adds differs: get adds `metadata` and
// `inputs`, create only `inputs`, list and lease routes only `metadata`, update and delete none.

export interface Extras {
  metadata?: boolean;
  inputs?: boolean;
}

export function dynamicSecretJson(ds: DynamicSecretRecord, extras: Extras = {}) {
  return {
    id: ds.id,
    name: ds.name,
    version: ds.version,
    type: ds.type,
    defaultTTL: ds.defaultTTL,
    maxTTL: ds.maxTTL,
    folderId: ds.folderId,
    status: ds.status,
    statusDetails: ds.statusDetails,
    createdAt: iso(ds.createdAt),
    updatedAt: iso(ds.updatedAt),
    projectGatewayId: null,
    gatewayId: null,
    usernameTemplate: ds.usernameTemplate,
    gatewayV2Id: null,
    gatewayPoolId: null,
    ...(extras.metadata ? { metadata: ds.metadata.map(({ key, value }) => ({ key, value })) } : {}),
    ...(extras.inputs ? { inputs: structuredClone(ds.inputs) } : {}),
  };
}

export function leaseJson(lease: LeaseRecord) {
  return {
    id: lease.id,
    version: lease.version,
    externalEntityId: lease.externalEntityId,
    expireAt: iso(lease.expireAt),
    status: lease.status,
    statusDetails: lease.statusDetails,
    dynamicSecretId: lease.dynamicSecretId,
    createdAt: iso(lease.createdAt),
    updatedAt: iso(lease.updatedAt),
    config: lease.config ?? null,
  };
}
