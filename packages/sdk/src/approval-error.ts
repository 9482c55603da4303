import { InfisicalError } from "@infisical-edge/core";
import type { Approval, Secret, SecretWriteResult } from "@infisical-edge/secrets";

/**
 * A secret-approval policy covers the path: the server opened a change request instead of
 * writing, so there is no secret to return (the Python SDK fails on such an answer too).
 */
export class InfisicalApprovalRequiredError extends InfisicalError {
  /** Always `"InfisicalApprovalRequiredError"`. */
  override name = "InfisicalApprovalRequiredError";
  /** The change request the server opened. */
  readonly approval: Approval;

  constructor(approval: Approval) {
    super(
      `a change request was opened instead of the write${approval.id ? ` (${approval.id})` : ""}`,
    );
    this.approval = approval;
  }
}

/**
 * A written secret with the fields the Python SDK's `BaseSecret` always has: `tags` and
 * `secretMetadata` default to `[]`, `secretPath` to the folder written to.
 */
export type WrittenSecret = Secret & {
  /** The tags attached to the secret; `[]` when none. */
  tags: NonNullable<Secret["tags"]>;
  /** The secret's metadata; `[]` when none. */
  secretMetadata: NonNullable<Secret["secretMetadata"]>;
  /** The secret's folder path. */
  secretPath: string;
};

/** The secret of a write's answer, as the Python SDK returns it. */
export function writtenSecret(result: SecretWriteResult, secretPath = "/"): WrittenSecret {
  if (!result.secret) throw new InfisicalApprovalRequiredError(result.approval);
  const { secret } = result;
  return {
    ...secret,
    tags: secret.tags ?? [],
    secretMetadata: secret.secretMetadata ?? [],
    secretPath: secret.secretPath ?? secretPath,
  };
}
