// The write routes' response schemas. A module of their own: esbuild keeps every top-level
// valibot call of a module it bundles, so read-only bundles carry none of this.

import * as v from "valibot";
import { type Secret, SecretSchema } from "./schemas.js";

/** An approval request created instead of the change, when a policy covers the path. */
export const ApprovalSchema = v.looseObject({ id: v.optional(v.string()) });

// Results are reshaped to exact objects whose other key is `undefined`, so that
// `if (result.secret)` narrows the union in TypeScript.
export const SecretWriteResponse = v.union([
  v.pipe(
    v.looseObject({ secret: SecretSchema }),
    v.transform((b): { secret: Secret; approval?: undefined } => ({ secret: b.secret })),
  ),
  v.pipe(
    v.looseObject({ approval: ApprovalSchema }),
    v.transform((b): { approval: Approval; secret?: undefined } => ({ approval: b.approval })),
  ),
]);

export const SecretsWriteResponse = v.union([
  v.pipe(
    v.looseObject({ secrets: v.array(SecretSchema) }),
    v.transform((b): { secrets: Secret[]; approval?: undefined } => ({ secrets: b.secrets })),
  ),
  v.pipe(
    v.looseObject({ approval: ApprovalSchema }),
    v.transform((b): { approval: Approval; secrets?: undefined } => ({ approval: b.approval })),
  ),
]);

export type Approval = v.InferOutput<typeof ApprovalSchema>;
/** Writes answer `{ secret }`, or `{ approval }` when a change request was opened instead. */
export type SecretWriteResult = v.InferOutput<typeof SecretWriteResponse>;
export type SecretsWriteResult = v.InferOutput<typeof SecretsWriteResponse>;
