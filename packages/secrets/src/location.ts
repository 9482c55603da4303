// Turns validated options into what a request needs: the project id (slugs resolved once
// per client) and the secret's URL. What a write drops from the cache: write-invalidation.ts.

import type { InfisicalClient } from "@infisical-edge/core";
import { resolveProjectId } from "@infisical-edge/core/internal";

export const SECRETS_BASE = "/api/v4/secrets";

export interface Location {
  projectId?: string | undefined;
  projectSlug?: string | undefined;
  environment: string;
  secretPath: string;
  signal?: AbortSignal | undefined;
}

export const projectOf = (client: InfisicalClient, location: Location): Promise<string> =>
  resolveProjectId(client, location, location.signal);

export const secretUrl = (name: string) => `${SECRETS_BASE}/${encodeURIComponent(name)}`;
