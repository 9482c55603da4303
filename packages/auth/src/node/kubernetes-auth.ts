// kubernetesAuth reading the pod's mounted service-account token by default. The file is read
// at each login, because projected tokens are rotated by the kubelet.

import { type AuthMethod, InfisicalValidationError } from "@infisical-edge/core";
import {
  kubernetesAuth as baseKubernetesAuth,
  type KubernetesAuthOptions,
} from "../kubernetes-auth.js";
import { readSmallFile } from "./small-file.js";

/** Where Kubernetes mounts a pod's service-account token. */
export const DEFAULT_SERVICE_ACCOUNT_TOKEN_PATH =
  "/var/run/secrets/kubernetes.io/serviceaccount/token";

/** Options of the Node {@link kubernetesAuth}: the token may be read from a file instead. */
export interface NodeKubernetesAuthOptions
  extends Omit<KubernetesAuthOptions, "serviceAccountToken"> {
  /** Default: the file at `serviceAccountTokenPath`. */
  serviceAccountToken?: KubernetesAuthOptions["serviceAccountToken"];
  /** Default `/var/run/secrets/kubernetes.io/serviceaccount/token`. */
  serviceAccountTokenPath?: string;
}

/** Reads a token file; a missing or unreadable file is a validation error naming the option. */
export async function readTokenFile(path: string, field: string): Promise<string> {
  try {
    return (await readSmallFile(path)).trim();
  } catch (error) {
    const code = (error as { code?: string }).code ?? "error";
    throw new InfisicalValidationError([
      { field, reason: `expected a readable token file (${code})` },
    ]);
  }
}

/**
 * Kubernetes auth for Node: as the edge `kubernetesAuth`, but the service-account token
 * defaults to the mounted file at `serviceAccountTokenPath`, read again at each login
 * (projected tokens rotate).
 *
 * @throws `InfisicalValidationError` when `serviceAccountTokenPath` is not a path; a
 * login fails with it when the file cannot be read.
 */
export function kubernetesAuth(options: NodeKubernetesAuthOptions): AuthMethod {
  const { serviceAccountTokenPath, serviceAccountToken, ...rest } = options;
  if (
    serviceAccountTokenPath !== undefined &&
    (typeof serviceAccountTokenPath !== "string" || !serviceAccountTokenPath)
  ) {
    throw new InfisicalValidationError([
      { field: "serviceAccountTokenPath", reason: "expected a file path" },
    ]);
  }
  const path = serviceAccountTokenPath ?? DEFAULT_SERVICE_ACCOUNT_TOKEN_PATH;
  return baseKubernetesAuth({
    ...rest,
    serviceAccountToken:
      serviceAccountToken ?? (() => readTokenFile(path, "serviceAccountTokenPath")),
  });
}
