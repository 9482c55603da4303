// Cached values are frozen, not copied: a store that keeps objects as they are (the built-in
// memory store, unstorage's memory driver) hands every reader the same object, and a copy per
// hit would cost more than the hit itself (a 10,000-secret list: tens of ms per read).
// Freezing once, when the value is stored, keeps one caller's change from reaching the next.

/** Freezes `value` and every object and array it holds, in place (JSON data: no cycles). */
export function deepFreeze<T>(value: T): T {
  // Primitives count as frozen; so does what we froze, with all it holds. Byte arrays cannot
  // be frozen (a custom loader may cache one): they stay as they are.
  if (!Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    for (const key in Object.freeze(value)) deepFreeze(value[key]);
  }
  return value;
}
