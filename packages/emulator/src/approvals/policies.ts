import { iso } from "../clock.js";
import type { Reply } from "../http/respond.js";
import type { Runtime } from "../runtime.js";
import type {
  ApprovalPolicyRecord,
  ApprovalRequestRecord,
  FolderRecord,
  IdentityRecord,
} from "../state.js";

// Secret approval policies hold back writes by users only: a user's create, update or delete
// (single or batch) under a policy opens a change request and answers `{ approval }` with the
// request row, as the server does; a machine identity's write goes through unchanged.

/** `/a/**` also matches `/a` itself, as picomatch does. */
function globToRegExp(glob: string): RegExp {
  const pattern = glob
    .split(/(\/\*\*|\*\*|\*)/)
    .map((part) => {
      if (part === "/**") return "(?:/.*)?";
      if (part === "**") return ".*";
      if (part === "*") return "[^/]*";
      return part.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${pattern}$`);
}

export function policyFor(rt: Runtime, folder: FolderRecord): ApprovalPolicyRecord | undefined {
  for (const policy of rt.state.approvalPolicies.values()) {
    if (policy.projectId !== folder.projectId || policy.environment !== folder.environment) {
      continue;
    }
    if (globToRegExp(policy.secretPath).test(folder.path)) return policy;
  }
  return undefined;
}

const SLUG_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * When the write must go through review: records the change request and returns the reply.
 * Undefined means "write now".
 */
export function holdForApproval(
  rt: Runtime,
  identity: IdentityRecord,
  folder: FolderRecord,
  operation: ApprovalRequestRecord["operation"],
  secretKeys: string[],
): Reply | undefined {
  if (identity.actor !== "user") return undefined;
  const policy = policyFor(rt, folder);
  if (!policy) return undefined;
  const now = rt.now();
  const slug = [...rt.ids.bytes("approval-slug", 8)]
    .map((byte) => SLUG_CHARS[byte % SLUG_CHARS.length])
    .join("");
  const request: ApprovalRequestRecord = {
    id: rt.ids.uuid(),
    policyId: policy.id,
    folderId: folder.id,
    slug,
    committerUserId: identity.id,
    operation,
    secretKeys,
    createdAt: now,
  };
  rt.state.approvalRequests.set(request.id, request);
  return {
    body: {
      approval: {
        id: request.id,
        policyId: request.policyId,
        hasMerged: false,
        status: "open",
        conflicts: [],
        slug: request.slug,
        folderId: request.folderId,
        createdAt: iso(now),
        updatedAt: iso(now),
        isReplicated: false,
        committerUserId: request.committerUserId,
        statusChangedByUserId: null,
        bypassReason: null,
      },
    },
  };
}
