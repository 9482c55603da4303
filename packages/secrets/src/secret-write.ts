// One secret's write (create, update, delete on `/api/v4/secrets/{name}`), from options its
// caller has checked: the project resolved, the body built, the answer checked, and the
// cached reads the write can make stale dropped afterwards (also when it failed midway).

import type { InfisicalClient } from "@infisical-edge/core";
import { parseResponse } from "@infisical-edge/core/internal";
import { type Location, projectOf, secretUrl } from "./location.js";
import { writeThenInvalidate } from "./write-invalidation.js";
import { SecretWriteResponse, type SecretWriteResult } from "./write-schemas.js";

/** Checked options of a single-secret write: where, which secret, and the body's fields. */
export type SecretWriteOptions<F> = Location & { secretName: string } & F;

/**
 * Sends the write. `bodyOf` turns the fields (everything but the selector, the name and the
 * signal) into the body's fields; the project id is added to them.
 */
export async function writeSecret<F extends object>(
  client: InfisicalClient,
  method: "POST" | "PATCH" | "DELETE",
  options: SecretWriteOptions<F>,
  bodyOf: (
    projectId: string,
    fields: Omit<SecretWriteOptions<F>, "projectSlug" | "secretName" | "signal">,
  ) => Promise<object> | object = (_, fields) => fields,
): Promise<SecretWriteResult> {
  const { signal, projectSlug, secretName, ...fields } = options;
  const projectId = await projectOf(client, { ...fields, projectSlug, signal });
  const path = secretUrl(secretName);
  return writeThenInvalidate(
    client,
    projectId,
    fields.environment,
    [fields.secretPath],
    async () => {
      const body = { ...(await bodyOf(projectId, fields)), projectId };
      const response = await client.send({ method, path, body, signal });
      return parseResponse(SecretWriteResponse, response, method, path);
    },
  );
}
