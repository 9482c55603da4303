// Runs one input-taking call with hostile options and classifies what happened. Allowed:
// success, InfisicalValidationError with no request sent, the server's 4xx answer to a
// well-formed request, or the rejection of an already-aborted caller signal. Anything else
// (a TypeError, a 5xx the SDK provoked, a hang, a URL that escapes its route) is a failure.

import { InfisicalApiError, InfisicalValidationError } from "@infisical-edge/core";
import { auditUrl } from "./url-audit";

const WATCHDOG_MS = 10_000;

export type Outcome = "ok" | "invalid" | "refused" | "aborted";

export interface Counts {
  ok: number;
  invalid: number;
  refused: number;
  aborted: number;
}

export const newCounts = (): Counts => ({ ok: 0, invalid: 0, refused: 0, aborted: 0 });

function signalOf(input: unknown): AbortSignal | undefined {
  const signal = (input as { signal?: unknown } | null | undefined)?.signal;
  return signal instanceof AbortSignal ? signal : undefined;
}

/**
 * Calls `call`, then checks every URL sent meanwhile. Throws (failing the property) on
 * anything but an allowed outcome; returns the outcome for the tally.
 */
export async function check(
  call: () => Promise<unknown>,
  input: unknown,
  rawUrls: string[],
  onError?: (error: unknown) => void,
  routes?: RegExp[],
): Promise<Outcome> {
  const before = rawUrls.length;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchdog = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`hang: no answer within ${WATCHDOG_MS} ms`)),
      WATCHDOG_MS,
    );
  });
  let outcome: Outcome;
  try {
    await Promise.race([Promise.resolve().then(call), watchdog]);
    outcome = "ok";
  } catch (error) {
    onError?.(error);
    if (String(error).startsWith("Error: hang")) throw error;
    const signal = signalOf(input);
    if (signal?.aborted && error === signal.reason) {
      outcome = "aborted";
    } else if (error instanceof InfisicalValidationError) {
      if (rawUrls.length !== before) {
        throw new Error(
          `validation error after ${rawUrls.length - before} request(s): ${error.message}`,
        );
      }
      if (!error.field || typeof error.reason !== "string")
        throw new Error("validation error without field");
      outcome = "invalid";
    } else if (error instanceof InfisicalApiError && error.status >= 400 && error.status < 500) {
      outcome = "refused";
    } else {
      throw error;
    }
  } finally {
    clearTimeout(timer);
  }
  for (const raw of rawUrls.slice(before)) {
    const problems = auditUrl(raw, routes);
    if (problems.length) throw new Error(`bad URL ${raw.slice(0, 120)}: ${problems.join("; ")}`);
  }
  return outcome;
}
