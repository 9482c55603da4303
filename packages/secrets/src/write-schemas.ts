// The write routes' response schemas. A module of their own: esbuild keeps every top-level
// valibot call of a module it bundles, so read-only bundles carry none of this.

import * as v from "valibot";
import { type Secret, SecretSchema } from "./schemas.js";

/** An approval request created instead of the change, when a policy covers the path. */
export const ApprovalSchema = v.looseObject({
  /** The approval request's id. */
  id: v.optional(v.string()),
});

// Results are reshaped to exact objects whose other key is `undefined`, so that
// `if (result.secret)` narrows the union in TypeScript.
/** Validates the server's answer to a single write: `{ secret }` or `{ approval }`. */
export const SecretWriteResponse = v.union([
  v.pipe(
    v.looseObject({
      /** The secret as written. */
      secret: SecretSchema,
    }),
    v.transform(
      (
        b,
      ): {
        /** The secret as written. */
        secret: Secret;
        /** Absent: the write took effect. */
        approval?: undefined;
      } => ({ secret: b.secret }),
    ),
  ),
  v.pipe(
    v.looseObject({
      /** The approval request opened instead of the write. */
      approval: ApprovalSchema,
    }),
    v.transform(
      (
        b,
      ): {
        /** The approval request opened instead of the write. */
        approval: Approval;
        /** Absent: nothing was written yet. */
        secret?: undefined;
      } => ({ approval: b.approval }),
    ),
  ),
]);

/** Validates the server's answer to a batch write: `{ secrets }` or `{ approval }`. */
export const SecretsWriteResponse = v.union([
  v.pipe(
    v.looseObject({
      /** The secrets as written. */
      secrets: v.array(SecretSchema),
    }),
    v.transform(
      (
        b,
      ): {
        /** The secrets as written. */
        secrets: Secret[];
        /** Absent: the write took effect. */
        approval?: undefined;
      } => ({ secrets: b.secrets }),
    ),
  ),
  v.pipe(
    v.looseObject({
      /** The approval request opened instead of the write. */
      approval: ApprovalSchema,
    }),
    v.transform(
      (
        b,
      ): {
        /** The approval request opened instead of the write. */
        approval: Approval;
        /** Absent: nothing was written yet. */
        secrets?: undefined;
      } => ({ approval: b.approval }),
    ),
  ),
]);

/** An approval request opened instead of a write (a change policy covers the path). */
export type Approval = v.InferOutput<typeof ApprovalSchema>;
/** Writes answer `{ secret }`, or `{ approval }` when a change request was opened instead. */
export type SecretWriteResult = v.InferOutput<typeof SecretWriteResponse>;
/**
 * Batch writes answer `{ secrets }`, or `{ approval }` when a change request was opened instead.
 */
export type SecretsWriteResult = v.InferOutput<typeof SecretsWriteResponse>;
