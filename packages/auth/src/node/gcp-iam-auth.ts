// gcpIamAuth reading the service-account key file (GOOGLE_APPLICATION_CREDENTIALS by default).

import { type AuthMethod, InfisicalValidationError } from "@infisical-edge/core";
import { gcpIamAuth as baseGcpIamAuth, type GcpIamAuthOptions } from "../gcp-iam-auth.js";
import { readSmallFileSync } from "./small-file.js";

/** Options of the Node {@link gcpIamAuth}: the key may be a file instead. */
export interface NodeGcpIamAuthOptions extends Omit<GcpIamAuthOptions, "serviceAccountKey"> {
  /**
   * The service-account key (JSON text or object); when set, `serviceAccountKeyFile` is not read.
   */
  serviceAccountKey?: GcpIamAuthOptions["serviceAccountKey"];
  /** Default: GOOGLE_APPLICATION_CREDENTIALS. */
  serviceAccountKeyFile?: string;
}

/**
 * GCP IAM auth for Node: as the edge `gcpIamAuth`, but the service-account key may come from
 * a file (`serviceAccountKeyFile`, default `GOOGLE_APPLICATION_CREDENTIALS`), read once here.
 *
 * @throws `InfisicalValidationError` when no key is given and no file is set, or the
 * file cannot be read.
 */
export function gcpIamAuth(options: NodeGcpIamAuthOptions): AuthMethod {
  const { serviceAccountKey, serviceAccountKeyFile, ...rest } = options;
  if (serviceAccountKey !== undefined) return baseGcpIamAuth({ ...rest, serviceAccountKey });
  const file = serviceAccountKeyFile ?? process.env.GOOGLE_APPLICATION_CREDENTIALS;
  if (!file) {
    throw new InfisicalValidationError([
      {
        field: "serviceAccountKeyFile",
        reason: "expected a key file path (or set GOOGLE_APPLICATION_CREDENTIALS)",
      },
    ]);
  }
  let text: string;
  try {
    text = readSmallFileSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code ?? "error";
    throw new InfisicalValidationError([
      { field: "serviceAccountKeyFile", reason: `expected a readable key file (${code})` },
    ]);
  }
  return baseGcpIamAuth({ ...rest, serviceAccountKey: text });
}
