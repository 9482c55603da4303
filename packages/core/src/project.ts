// Resolves a project slug to its id once per client (the v4 routes take ids only).

import * as v from "valibot";
import type { InfisicalClient } from "./client.js";
import { raceSignal } from "./signal.js";
import { parseResponse } from "./validate.js";

// Servers answer `{ project }`, `{ workspace }` or the bare project, depending on version.
// A plain lookup rather than a union of three object schemas: same answer, far less code.
const idOf = (body: unknown): string | undefined => {
  if (!body || typeof body !== "object") return undefined;
  const b = body as { project?: { id?: unknown }; workspace?: { id?: unknown }; id?: unknown };
  const { id } = b.project || b.workspace || b;
  return typeof id === "string" ? id : undefined;
};
const ProjectBody = v.pipe(
  v.custom<unknown>((body) => idOf(body) !== undefined, "a project with a string id"),
  v.transform((body) => idOf(body) as string),
);

/**
 * Names a project, by id or by slug (exactly one). A slug is resolved to the id once per client.
 */
export interface ProjectRef {
  /** The project's id (the server's `workspaceId`). */
  projectId?: string | undefined;
  /** The project's slug; looked up once and remembered by the client. */
  projectSlug?: string | undefined;
}

/** Slug lookups remembered per client; the oldest is forgotten past this many. */
const MAX_REMEMBERED_SLUGS = 100;

export function resolveProjectId(
  client: InfisicalClient,
  ref: ProjectRef,
  signal?: AbortSignal,
): Promise<string> {
  if (ref.projectId) return Promise.resolve(ref.projectId);
  const slug = ref.projectSlug as string;
  let pending = client.projectIds.get(slug);
  if (!pending) {
    const path = `/api/v2/workspace/${encodeURIComponent(slug)}`;
    // Shared by every caller, so no caller's signal: each caller only stops its own wait.
    pending = client
      .send({ method: "GET", path })
      .then((response) => parseResponse(ProjectBody, response, "GET", path));
    // A failed lookup is not remembered: the next call tries again.
    pending.catch(() => client.projectIds.delete(slug));
    client.projectIds.set(slug, pending);
    if (client.projectIds.size > MAX_REMEMBERED_SLUGS) {
      client.projectIds.delete(client.projectIds.keys().next().value as string);
    }
  }
  return raceSignal(pending, signal);
}
