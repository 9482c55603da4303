// User code the SDK calls for its effect only (an onStale or waitUntil callback, a custom
// fetch's body cancel): what it throws, or the promise it returns rejects with, is dropped.
// These run from timers and background work, where an uncaught error or an unhandled
// rejection would end a Node process.

export function quietly(call: () => unknown): void {
  try {
    Promise.resolve(call()).catch(() => {});
  } catch {}
}
