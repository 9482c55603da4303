// A write, then the cache invalidation it calls for. Also after a failure that may have
// reached the server (a timeout, a 5xx, a refusal the server gave after reading the write),
// but not after a refused login or a refused option: the write never happened, and a client
// that proved no credential must not evict entries other clients stored under the identity.

import { InfisicalAuthError, InfisicalValidationError } from "./errors.js";

/** Runs `write`, then `invalidate` unless the failure shows nothing was written. */
export async function afterWrite<T>(
  write: () => Promise<T>,
  invalidate: () => Promise<unknown>,
): Promise<T> {
  let result: T;
  try {
    result = await write();
  } catch (error) {
    const wroteNothing =
      error instanceof InfisicalAuthError || error instanceof InfisicalValidationError;
    if (!wroteNothing) await invalidate();
    throw error;
  }
  await invalidate();
  return result;
}
