// Compares two JSON values by structure: same keys, same JSON types, same null-ness, arrays of
// the same length (each recording is replayed against the state the real server held, so lists
// hold as many items). Values are compared by value-checks.ts.

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

export function shapeDiff(expected: unknown, actual: unknown, path = "$"): string[] {
  const want = kind(expected);
  const got = kind(actual);
  if (want !== got) return [`${path}: expected ${want}, got ${got}`];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      return [`${path}: expected ${expected.length} item(s), got ${actual.length}`];
    }
    return actual.flatMap((item, index) =>
      shapeDiff(expected[Math.min(index, expected.length - 1)], item, `${path}[${index}]`),
    );
  }
  if (want === "object") {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const missing = Object.keys(e).filter((key) => !(key in a));
    const extra = Object.keys(a).filter((key) => !(key in e));
    const problems = [
      ...missing.map((key) => `${path}.${key}: missing`),
      ...extra.map((key) => `${path}.${key}: unexpected`),
    ];
    for (const key of Object.keys(e)) {
      if (key in a) problems.push(...shapeDiff(e[key], a[key], `${path}.${key}`));
    }
    return problems;
  }
  return [];
}
