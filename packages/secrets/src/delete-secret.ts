import type { InfisicalClient } from "@infisical-edge/core";
import { schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { LocationEntries, type LocationOptions, parseLocated, SecretType } from "./options.js";
import { writeSecret } from "./secret-write.js";
import type { SecretWriteResult } from "./write-schemas.js";

export interface DeleteSecretOptions extends LocationOptions {
  /** The name of the secret to delete. */
  secretName: string;
  /** `shared` (default) or `personal` (the calling user's override). */
  type?: "shared" | "personal";
}

const Options = v.object({
  ...LocationEntries,
  secretName: schemas.SecretName,
  type: v.optional(SecretType, "shared"),
});

/** Deletes a secret. Answers `{ secret }` (the deleted one), or `{ approval }` under a policy. */
export async function deleteSecret(
  client: InfisicalClient,
  options: DeleteSecretOptions,
): Promise<SecretWriteResult> {
  return writeSecret(client, "DELETE", parseLocated(Options, options));
}
