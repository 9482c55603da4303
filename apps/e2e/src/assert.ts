// Minimal assertions that work in every runtime (no node:assert in workerd bundles).

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

export function assertEqual<T>(actual: T, expected: T, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`assertion failed: ${message}: expected ${e}, got ${a}`);
}

export async function assertRejects(
  run: () => Promise<unknown>,
  check: (error: unknown) => boolean,
  message: string,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (check(error)) return;
    throw new Error(`assertion failed: ${message}: wrong error ${String(error)}`);
  }
  throw new Error(`assertion failed: ${message}: did not reject`);
}
