import type { InfisicalClient } from "@infisical-edge/core";
import { parseResponse, schemas } from "@infisical-edge/core/internal";
import * as v from "valibot";
import { projectOf, secretUrl, writeThenInvalidate } from "./location.js";
import { LocationEntries, type LocationOptions, parseLocated, SecretType } from "./options.js";
import { SecretWriteResponse, type SecretWriteResult } from "./write-schemas.js";

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
  const { signal, projectSlug, secretName, ...fields } = parseLocated(Options, options);
  const projectId = await projectOf(client, { ...fields, projectSlug, signal });
  const path = secretUrl(secretName);
  return writeThenInvalidate(
    client,
    projectId,
    fields.environment,
    [fields.secretPath],
    async () => {
      const body = { ...fields, projectId };
      const response = await client.send({ method: "DELETE", path, body, signal });
      return parseResponse(SecretWriteResponse, response, "DELETE", path);
    },
  );
}
