// The cached reads a secret write can make stale, dropped after the write (not after one whose
// login or options were refused: afterWrite). A module apart from location.ts, so that the
// read functions carry none of it.

import type { InfisicalClient, KeyScope } from "@infisical-edge/core";
import { afterWrite, ancestorsOf, pathPrefix, widePrefix } from "@infisical-edge/core/internal";

/**
 * After a write at (environment, path): drop every cached read it can make stale. That is
 * every entry at that path, recursive lists at the paths above it, and every "wide" read
 * of the project (reference expansion and imports can reach any path or environment).
 */
export async function invalidateWrite(
  client: InfisicalClient,
  projectId: string,
  environment: string,
  paths: readonly string[],
): Promise<void> {
  const scope: KeyScope = await client.keyScope(projectId, { invalidation: true });
  const jobs = [client.cache.invalidate(widePrefix(scope))];
  for (const path of new Set(paths)) {
    jobs.push(client.cache.invalidate(pathPrefix(scope, environment, path)));
    for (const above of ancestorsOf(path)) {
      const prefix = pathPrefix(scope, environment, above);
      jobs.push(client.cache.invalidate(prefix, (key) => key.startsWith(`${prefix}:r:`)));
    }
  }
  await Promise.all(jobs);
}

/** Runs a write and invalidates afterwards, also when the write failed midway (afterWrite). */
export function writeThenInvalidate<T>(
  client: InfisicalClient,
  projectId: string,
  environment: string,
  paths: readonly string[],
  write: () => Promise<T>,
): Promise<T> {
  return afterWrite(write, () => invalidateWrite(client, projectId, environment, paths));
}
