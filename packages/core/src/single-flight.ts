// Concurrent calls with the same key share one piece of work. The entry is dropped as soon
// as the work settles, or as soon as every waiter has given up, so the map never outgrows
// the number of calls in flight, whatever the number of distinct keys.
//
// Each waiter may bring its own AbortSignal: aborting it rejects that waiter at once and
// leaves the others waiting. The work gets a signal of its own that aborts only when every
// waiter has aborted (a waiter without a signal keeps it alive), so one impatient caller
// never fails the others with its abort reason.

import { raceSignal } from "./signal.js";

interface Flight {
  promise: Promise<unknown>;
  /** None when the first waiter had no signal: such work is never aborted. */
  controller: AbortController | undefined;
  /** Waiters with a signal that has not aborted yet. */
  waiting: number;
  /** A waiter without a signal joined: the work is never aborted. */
  pinned: boolean;
}

export interface SingleFlight {
  run<T>(
    key: string,
    /** Given a signal when the work can be abandoned (its first waiter brought one). */
    work: (signal?: AbortSignal) => Promise<T>,
    signal?: AbortSignal | undefined,
  ): Promise<T>;
  /** Keys in flight. */
  readonly size: number;
}

export function createSingleFlight(): SingleFlight {
  const inflight = new Map<string, Flight>();

  function start(
    key: string,
    work: (signal?: AbortSignal) => Promise<unknown>,
    pinned: boolean,
  ): Flight {
    // An AbortController costs more than the rest of a flight on Node: only abortable work gets one.
    const controller = pinned ? undefined : new AbortController();
    const flight: Flight = { controller, waiting: 0, pinned, promise: Promise.resolve() };
    const settle = () => {
      if (inflight.get(key) === flight) inflight.delete(key);
    };
    let started: Promise<unknown>;
    try {
      started = Promise.resolve(work(controller?.signal));
    } catch (error) {
      started = Promise.reject(error); // a synchronous throw is a rejection like any other
    }
    flight.promise = started.then(
      (value) => {
        settle();
        return value;
      },
      (error: unknown) => {
        settle();
        throw error;
      },
    );
    // Every waiter handles the rejection; this keeps an abandoned flight from reporting an
    // unhandled one after all its waiters left.
    flight.promise.catch(() => {});
    inflight.set(key, flight);
    return flight;
  }

  return {
    run<T>(key: string, work: (signal?: AbortSignal) => Promise<T>, signal?: AbortSignal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const flight = inflight.get(key) ?? start(key, work, !signal);
      if (!signal) {
        flight.pinned = true;
        return flight.promise as Promise<T>;
      }
      flight.waiting++;
      const leave = () => {
        flight.waiting--;
        if (flight.waiting > 0 || flight.pinned) return;
        // Nobody waits any more: stop the work and let the next caller start afresh.
        if (inflight.get(key) === flight) inflight.delete(key);
        flight.controller?.abort(signal.reason);
      };
      signal.addEventListener("abort", leave, { once: true });
      const done = () => signal.removeEventListener("abort", leave);
      flight.promise.then(done, done);
      return raceSignal(flight.promise as Promise<T>, signal);
    },
    get size() {
      return inflight.size;
    },
  };
}
