// gcpIamAuth reading the service-account key file (GOOGLE_APPLICATION_CREDENTIALS by default).

import { readFileSync } from "node:fs";
import { type AuthMethod, InfisicalValidationError } from "@infisical-edge/core";
import { gcpIamAuth as baseGcpIamAuth, type GcpIamAuthOptions } from "../gcp-iam-auth.js";

export interface NodeGcpIamAuthOptions extends Omit<GcpIamAuthOptions, "serviceAccountKey"> {
  serviceAccountKey?: GcpIamAuthOptions["serviceAccountKey"];
  /** Default: GOOGLE_APPLICATION_CREDENTIALS. */
  serviceAccountKeyFile?: string;
}

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
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "error";
    throw new InfisicalValidationError([
      { field: "serviceAccountKeyFile", reason: `expected a readable key file (${code})` },
    ]);
  }
  return baseGcpIamAuth({ ...rest, serviceAccountKey: text });
}
