// AbortSignal plumbing: combine signals, time out, sleep and wait abortably. Every helper
// removes its listeners and clears its timers once settled, so long-lived caller signals
// (a Worker's request signal, an app-wide controller) do not accumulate handlers.

/**
 * One attempt's signal: aborts after `ms` (reason: a TimeoutMarker) or when `caller` aborts
 * (its reason), and then calls `onAbort` with the reason, so the attempt stops what it waits on
 * without listening to its own signal. One controller, one timer and at most one listener,
 * all released by `dispose()`, so long-lived caller signals (a Worker's request signal, an
 * app-wide controller) do not accumulate handlers. (AbortSignal.any would do the linking, but
 * on Node 20 every call leaves a reference on a long-lived source until garbage collection.)
 */
export function attemptSignal(
  ms: number,
  caller: AbortSignal | undefined,
  onAbort: (reason: unknown) => void,
): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const abort = (reason: unknown) => {
    controller.abort(reason);
    onAbort(reason);
  };
  const timer = setTimeout(() => abort(new TimeoutMarker()), ms);
  const onCallerAbort = () => abort(caller?.reason);
  if (caller?.aborted) onCallerAbort();
  else caller?.addEventListener("abort", onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onCallerAbort);
    },
  };
}

/** The abort reason of an `attemptSignal` that timed out, told apart from a caller's own abort. */
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
