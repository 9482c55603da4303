// Resolves a project slug to its id once per client (the v4 routes take ids only).

import * as v from "valibot";
import type { InfisicalClient } from "./client";
import { parseResponse } from "./validate";

const Project = v.looseObject({ id: v.string() });
// Servers answer `{ project }`, `{ workspace }` or the bare project, depending on version.
const ProjectBody = v.union([
  v.pipe(
    v.looseObject({ project: Project }),
    v.transform((b) => b.project.id),
  ),
  v.pipe(
    v.looseObject({ workspace: Project }),
    v.transform((b) => b.workspace.id),
  ),
  v.pipe(
    Project,
    v.transform((b) => b.id),
  ),
]);

export interface ProjectRef {
  projectId?: string | undefined;
  projectSlug?: string | undefined;
}

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
    pending = client
      .send({ method: "GET", path, signal })
      .then((response) => parseResponse(ProjectBody, response, "GET", path));
    // A failed lookup is not remembered: the next call tries again.
    pending.catch(() => client.projectIds.delete(slug));
    client.projectIds.set(slug, pending);
  }
  return pending;
}
