// Concurrent calls with the same key share one promise; the entry is dropped when it
// settles, so the map never outgrows the number of calls in flight.

export function createSingleFlight() {
  const inflight = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const existing = inflight.get(key);
      if (existing) return existing as Promise<T>;
      const promise = work().finally(() => inflight.delete(key));
      inflight.set(key, promise);
      return promise;
    },
    get size() {
      return inflight.size;
    },
  };
}
