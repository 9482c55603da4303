// Which cached reads a folder change can make stale. Cache keys carry the path they read
// (see core's cache-keys), so a folder's subtree is every narrow entry whose path starts with
// it; recursive lists above it cover it too, and "wide" reads (references, imports) can reach
// anything.

import type { InfisicalClient, KeyScope } from "@infisical-edge/core";
import {
  ancestorsOf,
  environmentPrefix,
  pathPrefix,
  widePrefix,
} from "@infisical-edge/core/internal";

/** Kinds of the list entries: secrets (`l`, `r`) and folders (`fl`, `fr`). */
const RECURSIVE = ["r", "fr"];
const CHILD_LISTS = ["fl"];

function dropKinds(
  client: InfisicalClient,
  scope: KeyScope,
  env: string,
  path: string,
  kinds: string[],
) {
  const prefix = pathPrefix(scope, env, path);
  return client.cache.invalidate(prefix, (key) =>
    kinds.some((kind) => key.startsWith(`${prefix}:${kind}:`)),
  );
}

/**
 * Lists that include `folderPath` as a child or descendant. With `created`, the child lists of
 * every ancestor too: a create makes the missing parents along the path, each a new child.
 */
function listsAbove(
  client: InfisicalClient,
  scope: KeyScope,
  env: string,
  folderPath: string,
  created = false,
) {
  const ancestors = ancestorsOf(folderPath);
  const parent = ancestors.at(-1);
  return ancestors.map((path) =>
    dropKinds(
      client,
      scope,
      env,
      path,
      created || path === parent ? [...RECURSIVE, ...CHILD_LISTS] : RECURSIVE,
    ),
  );
}

/** After a create at `folderPath`: the lists that now include it or a parent made with it. */
export async function invalidateCreated(
  client: InfisicalClient,
  projectId: string,
  environment: string,
  folderPath: string,
): Promise<void> {
  const scope = await client.keyScope(projectId, { invalidation: true });
  await Promise.all(listsAbove(client, scope, environment, folderPath, true));
}

/**
 * After a rename or delete of `folderPath`: every read at that path or below (its secrets are
 * gone or moved), the lists above it, and every wide read of the project.
 */
export async function invalidateSubtree(
  client: InfisicalClient,
  projectId: string,
  environment: string,
  folderPath: string,
): Promise<void> {
  const scope = await client.keyScope(projectId, { invalidation: true });
  const base = environmentPrefix(scope, environment);
  const prefix = pathPrefix(scope, environment, folderPath);
  // Encoded paths: `/a/b` is `%2Fa%2Fb` and `/a/b/c` is `%2Fa%2Fb%2Fc`.
  const inside = (key: string) =>
    folderPath === "/" || key.startsWith(`${prefix}:`) || key.startsWith(`${prefix}%2F`);
  await Promise.all([
    client.cache.invalidate(base, inside),
    client.cache.invalidate(widePrefix(scope)),
    ...listsAbove(client, scope, environment, folderPath),
  ]);
}
