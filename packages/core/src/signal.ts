// AbortSignal plumbing: combine signals, time out, sleep and wait abortably. Every helper
// removes its listeners and clears its timers once settled, so long-lived caller signals
// (a Worker's request signal, an app-wide controller) do not accumulate handlers.

/**
 * A signal that aborts when any of the given signals aborts; `dispose()` detaches it from
 * them. (AbortSignal.any would do, but on Node 20 every call leaves a reference on a
 * long-lived source signal until garbage collection runs.)
 */
export function linkSignals(signals: (AbortSignal | undefined)[]): {
  signal: AbortSignal | undefined;
  dispose(): void;
} {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (present.length <= 1) return { signal: present[0], dispose: () => {} };
  const controller = new AbortController();
  const detach: (() => void)[] = [];
  for (const source of present) {
    if (source.aborted) {
      controller.abort(source.reason);
      break;
    }
    const onAbort = () => controller.abort(source.reason);
    source.addEventListener("abort", onAbort, { once: true });
    detach.push(() => source.removeEventListener("abort", onAbort));
  }
  return {
    signal: controller.signal,
    dispose: () => {
      for (const d of detach) d();
    },
  };
}

/** A signal that aborts after `ms`; `clear()` stops the timer once the work is done. */
export function timeoutSignal(ms: number): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutMarker()), ms);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** The abort reason of a `timeoutSignal`, told apart from a caller's own abort. */
export class TimeoutMarker extends Error {
  override name = "TimeoutError";
  constructor() {
    super("timed out");
  }
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Settles like `promise`, or rejects with the signal's reason as soon as it aborts. For
 * waiting on shared work (a login, a cache load) that must outlive one impatient caller.
 */
export function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
